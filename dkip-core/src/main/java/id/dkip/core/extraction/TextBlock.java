package id.dkip.core.extraction;

/**
 * A paragraph-sized piece of a document's text, with where it was found.
 *
 * @param page      1-based page for paged formats (PDF), null otherwise
 * @param paragraph 1-based position among the document's paragraphs (table cells count as paragraphs)
 * @param text      the text
 */
public record TextBlock(Integer page, int paragraph, String text) {
}
