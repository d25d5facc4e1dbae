package id.dkip.core.extraction;

import java.util.Locale;

/**
 * One suspected piece of personal data. The excerpt is masked: it never carries the identifier in full.
 *
 * @param kind            what was found
 * @param page            1-based page (PDF), or null for unpaged formats
 * @param paragraph       1-based paragraph (table cells count as paragraphs)
 * @param maskedExcerpt   the text around it, identifiers masked ("NIK 32************01")
 * @param confidence      0..1: how sure the scanner is (validated structure and context words raise it)
 * @param suggestedGround the Pasal 17 ground suggested ("17h2")
 */
public record PersonalDataFinding(PersonalDataKind kind, Integer page, int paragraph, String maskedExcerpt,
                                  double confidence, String suggestedGround) {

    /** "hal. 2, par. 14: NIK (0.97) 17h: ...": one line, as stored on a node. */
    public String summary(Locale locale) {
        String label = ExtractionException.Messages.format(locale, kind.messageKey());
        String where = (page == null ? "" : (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "p. " : "hal. ") + page + ", ")
                + (Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "para. " : "par. ") + paragraph;
        return where + ": " + label + " (" + String.format(Locale.ROOT, "%.2f", confidence) + ", " + suggestedGround + "): "
                + maskedExcerpt;
    }
}
