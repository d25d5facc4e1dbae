package id.dkip.core.documents.layout;

import id.dkip.core.documents.AgencyProfile.PageSettings;
import java.util.List;

/**
 * The document model every generated document is built as, and both renderers ({@link DocxRenderer},
 * {@link PdfRenderer}) draw: so the DOCX and the PDF of a document always say the same thing.
 *
 * @param title      document title (file properties)
 * @param page       paper, font and margins
 * @param letterhead kop surat drawn at the top of the first section
 * @param sections   sections, each starting on a new page, portrait or landscape
 */
public record Layout(String title, PageSettings page, Letterhead letterhead, List<Section> sections) {

    public Layout {
        letterhead = letterhead == null ? new Letterhead(List.of(), null) : letterhead;
        sections = List.copyOf(sections);
    }

    /**
     * The kop surat: lines (the first two large and bold) and an optional emblem (PNG or JPEG bytes) on their left,
     * closed by a double rule. No lines and no logo: no kop.
     */
    public record Letterhead(List<String> lines, byte[] logo) {
        /** Width of the emblem on the page. */
        public static final double LOGO_WIDTH_MM = 22;

        public Letterhead {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }

        public boolean isEmpty() {
            return lines.isEmpty() && logo == null;
        }
    }

    /** A run of blocks starting on a new page. */
    public record Section(boolean landscape, List<Block> blocks) {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }

    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** What a section holds. */
    public sealed interface Block permits Paragraph, Labeled, Grid, Signature, Space {
    }

    /** A paragraph; {@code scale} multiplies the base font size (titles 1.1). */
    public record Paragraph(String text, Align align, boolean bold, boolean underline, double scale) implements Block {
        public static Paragraph text(String text) {
            return new Paragraph(text, Align.JUSTIFY, false, false, 1);
        }

        public static Paragraph center(String text) {
            return new Paragraph(text, Align.CENTER, false, false, 1);
        }

        public static Paragraph title(String text) {
            return new Paragraph(text, Align.CENTER, true, false, 1);
        }
    }

    /**
     * Label-colon-text lines without borders, as decrees lay out "Menimbang : a. bahwa ...": each row has a label
     * (only on its first line), a separator (":" or ""), a marker ("a.", "1." or "") and the text.
     *
     * @param labelWidthMm width of the label column
     */
    public record Labeled(List<Row> rows, double labelWidthMm) implements Block {
        public Labeled {
            rows = List.copyOf(rows);
        }

        public record Row(String label, String separator, String marker, String text, boolean bold) {
        }
    }

    /**
     * A bordered table; {@code header} may be empty (a key-value table); relative column {@code widths}.
     */
    public record Grid(List<String> header, List<List<String>> rows, float[] widths, boolean firstColumnBold)
            implements Block {
        public Grid {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A signature block in the right half of the page: lines above the signature space, the signer's name (bold,
     * underlined), then the lines below it (rank, NIP).
     */
    public record Signature(List<String> above, String name, List<String> below) implements Block {
        public Signature {
            above = List.copyOf(above);
            below = List.copyOf(below);
        }
    }

    /** An empty line. */
    public record Space() implements Block {
    }
}
