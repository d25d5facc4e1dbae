package id.dkip.cli;

import id.dkip.core.extraction.ExtractionLimits;
import id.dkip.core.extraction.LegalCellParser;
import id.dkip.core.extraction.MatrixImport;
import id.dkip.core.extraction.MatrixImporter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a unit's classification matrix (DOCX, XLSX, ODT/ODS, CSV, PDF) with the core importer. */
final class MatrixReading {
    private MatrixReading() {
    }

    /** @throws id.dkip.core.extraction.ExtractionException when the file is refused or holds no matrix */
    static MatrixImport read(Path file) throws IOException {
        MatrixImporter importer = new MatrixImporter(LegalCellParser.standard(), ExtractionLimits.defaults());
        try (InputStream in = Files.newInputStream(file)) {
            return importer.importMatrix(in, file.getFileName().toString());
        }
    }
}
