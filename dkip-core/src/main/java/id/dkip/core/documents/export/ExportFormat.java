package id.dkip.core.documents.export;

import java.util.Locale;

/** Formats of the register export. */
public enum ExportFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8"),
    JSON("json", "application/json;charset=UTF-8");

    private final String extension;
    private final String mimeType;

    ExportFormat(String extension, String mimeType) {
        this.extension = extension;
        this.mimeType = mimeType;
    }

    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    /** "xlsx", "csv" or "json" in any case; anything else is an {@link IllegalArgumentException}. */
    public static ExportFormat parse(String value) {
        if (value != null) {
            for (ExportFormat f : values()) {
                if (f.extension.equals(value.trim().toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("Unknown export format '" + value + "'; expected xlsx, csv or json");
    }
}
