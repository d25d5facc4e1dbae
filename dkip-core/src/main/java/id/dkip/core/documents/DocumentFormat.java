package id.dkip.core.documents;

import java.util.Locale;

/** The file formats documents are generated in: DOCX (editable, for signing) and PDF. */
public enum DocumentFormat {
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mimeType;

    DocumentFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public static DocumentFormat fromExtension(String ext) {
        String e = ext == null ? "" : ext.trim().toLowerCase(Locale.ROOT);
        for (DocumentFormat f : values()) {
            if (f.extension.equals(e) || f.name().toLowerCase(Locale.ROOT).equals(e)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown document format '" + ext + "'; expected docx or pdf");
    }
}
