package id.dkip.core.documents;

import java.util.Objects;

/**
 * A generated document: its bytes, a file name (e.g. {@code berita-acara-rapat-2021-04-28.docx}) and mimetype.
 */
public record GeneratedDocument(DocumentKind kind, DocumentFormat format, String fileName, byte[] content) {

    public GeneratedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    public String mimeType() {
        return format.mimeType();
    }
}
