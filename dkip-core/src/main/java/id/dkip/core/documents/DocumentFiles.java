package id.dkip.core.documents;

import id.dkip.core.documents.export.ExportFormat;
import id.dkip.core.documents.export.RegisterExporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Documents and exports written as files into a directory: what {@code dkip generate} and {@code dkip simulate}
 * do. Existing files of the same name are replaced.
 */
public final class DocumentFiles {
    private final DocumentGenerator generator;
    private final RegisterExporter exporter;

    public DocumentFiles(DocumentGenerator generator, RegisterExporter exporter) {
        this.generator = Objects.requireNonNull(generator, "generator");
        this.exporter = Objects.requireNonNull(exporter, "exporter");
    }

    /** For an agency, with the default exporter (CSV with BOM, 100-row XLSX window). */
    public static DocumentFiles forAgency(AgencyProfile agency) {
        return new DocumentFiles(new IndonesianDocumentGenerator(agency), new RegisterExporter());
    }

    /**
     * Generates {@code kind} from the register in every format of {@code formats} into {@code dir} (created when
     * missing). Every format is generated before the first file is written, so a refused final document leaves no
     * file behind. Returns the files written, in the order of {@code formats}.
     *
     * @throws IllegalArgumentException when the register lacks what the kind needs (a meeting, a decree)
     * @throws FinalDocumentRefusedException when a final document is asked for a register with ERROR findings
     */
    public List<Path> generate(DocumentKind kind, DocumentStage stage, Collection<DocumentFormat> formats,
                               RegisterDocument register, Path dir) throws IOException {
        List<GeneratedDocument> docs = new ArrayList<>();
        for (DocumentFormat format : formats) {
            docs.add(generator.generate(kind, stage, register, format));
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (GeneratedDocument doc : docs) {
            Path file = dir.resolve(doc.fileName());
            writeWhole(file, out -> out.write(doc.content()));
            written.add(file);
        }
        return written;
    }

    /**
     * Writes the register export into {@code dir} as {@code dkip[-publik]-<date>.<ext>} (date: the register's
     * {@link RegisterDocument#asOf()}). Returns the file.
     */
    public Path export(RegisterDocument register, ExportFormat format, boolean publicView, Path dir) throws IOException {
        Files.createDirectories(dir);
        LocalDate date = register.asOf();
        Path file = dir.resolve(RegisterExporter.fileName("dkip", format, publicView, date));
        writeWhole(file, out -> exporter.export(register.entries(), format, publicView, out));
        return file;
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes to a temporary file beside {@code file} and moves it into place only when complete: a failure half way
     * (a cell too long for Excel, a full disk) leaves no partial or empty file behind.
     */
    private static void writeWhole(Path file, Content content) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
