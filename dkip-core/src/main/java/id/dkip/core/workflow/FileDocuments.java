package id.dkip.core.workflow;

import id.dkip.core.documents.DocumentFormat;
import id.dkip.core.documents.DocumentGenerator;
import id.dkip.core.documents.GeneratedDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A DocumentPort that writes the process's documents as files (DOCX and PDF) into a directory, drafts and finals
 * side by side ({@code 01-rancangan-daftar-informasi-dikecualikan.docx}, ...). Used by {@code dkip simulate}.
 */
public final class FileDocuments implements DocumentPort {

    private final GeneratedDocuments documents;
    private final Path directory;
    private final List<DocumentFormat> formats;
    private int count;

    public FileDocuments(DocumentGenerator generator, Path directory, List<DocumentFormat> formats) {
        this.documents = new GeneratedDocuments(generator);
        this.directory = Objects.requireNonNull(directory, "directory");
        this.formats = List.copyOf(formats);
    }

    /** Writes each format; returns the path of the first one written. */
    @Override
    public synchronized String produce(DocumentRequest request) {
        count++;
        String first = null;
        try {
            Files.createDirectories(directory);
            for (DocumentFormat format : formats) {
                GeneratedDocument doc = documents.generate(request, format);
                Path file = directory.resolve(String.format("%02d-%s-%s", count, request.finalVersion() ? "final" : "rancangan",
                        doc.fileName()));
                Files.write(file, doc.content());
                first = first == null ? file.toString() : first;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + request.kind() + " into " + directory, e);
        }
        return first;
    }
}
