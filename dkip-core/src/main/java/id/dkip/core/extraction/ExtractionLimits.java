package id.dkip.core.extraction;

import java.time.Duration;

/**
 * Caps applied to every document the importer or the scanner reads. Anything beyond them is refused with an
 * {@link ExtractionException}, never half-read.
 *
 * @param maxBytes           largest file accepted, in bytes
 * @param timeout            longest time one document may take to parse
 * @param maxTextChars       most characters of text extracted from one document
 * @param maxEmbeddedDepth   how deep documents embedded in documents are followed (0: not at all)
 * @param maxXmlDepth        deepest XML element nesting accepted from a parser (Tika's SecureContentHandler)
 * @param minInflateRatio    smallest compressed/uncompressed ratio of a zip entry (zip bombs inflate far more)
 * @param maxUnzippedBytes   most bytes all entries of a zip-based document (DOCX, XLSX, ODT...) may inflate to
 * @param maxZipEntries      most entries a zip-based document may hold
 * @param maxRows            most table rows read from one document
 * @param maxCellChars       longest table cell read (a longer one refuses the document, naming the row)
 * @param maxFindings        most personal-data findings a scan keeps (the scan goes on; the rest are counted only)
 */
public record ExtractionLimits(long maxBytes, Duration timeout, int maxTextChars, int maxEmbeddedDepth,
                               int maxXmlDepth, double minInflateRatio, long maxUnzippedBytes, int maxZipEntries,
                               int maxRows, int maxCellChars, int maxFindings) {
    public static final int DEFAULT_MAX_CELL_CHARS = 100_000;
    public static final int DEFAULT_MAX_FINDINGS = 10_000;

    public ExtractionLimits {
        if (maxBytes <= 0 || maxTextChars <= 0 || maxXmlDepth <= 0 || maxUnzippedBytes <= 0 || maxZipEntries <= 0
                || maxRows <= 0 || maxEmbeddedDepth < 0 || minInflateRatio < 0 || timeout == null
                || timeout.isNegative() || timeout.isZero() || maxCellChars <= 0 || maxFindings <= 0) {
            throw new IllegalArgumentException("Invalid extraction limits: " + maxBytes + ", " + timeout + ", "
                    + maxTextChars + ", " + maxEmbeddedDepth + ", " + maxXmlDepth + ", " + minInflateRatio + ", "
                    + maxUnzippedBytes + ", " + maxZipEntries + ", " + maxRows + ", " + maxCellChars + ", " + maxFindings);
        }
    }

    /**
     * 50 MB, 60 s, 20 M characters, embedded depth 2, XML depth 200, ratio 0.01, 500 MB unzipped, 10,000 entries,
     * 50,000 rows, cells of 100,000 characters, 10,000 findings.
     */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(50L * 1024 * 1024, Duration.ofSeconds(60), 20_000_000, 2, 200, 0.01,
                500L * 1024 * 1024, 10_000, 50_000, DEFAULT_MAX_CELL_CHARS, DEFAULT_MAX_FINDINGS);
    }

    /** For configuration (Spring): the timeout in whole seconds, the rest as in the record, default cell and finding caps. */
    public static ExtractionLimits ofSeconds(long maxBytes, long timeoutSeconds, int maxTextChars, int maxEmbeddedDepth,
                                             int maxXmlDepth, double minInflateRatio, long maxUnzippedBytes,
                                             int maxZipEntries, int maxRows) {
        return ofSeconds(maxBytes, timeoutSeconds, maxTextChars, maxEmbeddedDepth, maxXmlDepth, minInflateRatio,
                maxUnzippedBytes, maxZipEntries, maxRows, DEFAULT_MAX_CELL_CHARS, DEFAULT_MAX_FINDINGS);
    }

    /** For configuration (Spring), every cap. */
    public static ExtractionLimits ofSeconds(long maxBytes, long timeoutSeconds, int maxTextChars, int maxEmbeddedDepth,
                                             int maxXmlDepth, double minInflateRatio, long maxUnzippedBytes,
                                             int maxZipEntries, int maxRows, int maxCellChars, int maxFindings) {
        return new ExtractionLimits(maxBytes, Duration.ofSeconds(timeoutSeconds), maxTextChars, maxEmbeddedDepth,
                maxXmlDepth, minInflateRatio, maxUnzippedBytes, maxZipEntries, maxRows, maxCellChars, maxFindings);
    }

    public ExtractionLimits withMaxBytes(long v) {
        return new ExtractionLimits(v, timeout, maxTextChars, maxEmbeddedDepth, maxXmlDepth, minInflateRatio, maxUnzippedBytes, maxZipEntries, maxRows, maxCellChars, maxFindings);
    }

    public ExtractionLimits withTimeout(Duration v) {
        return new ExtractionLimits(maxBytes, v, maxTextChars, maxEmbeddedDepth, maxXmlDepth, minInflateRatio, maxUnzippedBytes, maxZipEntries, maxRows, maxCellChars, maxFindings);
    }

    public ExtractionLimits withMaxTextChars(int v) {
        return new ExtractionLimits(maxBytes, timeout, v, maxEmbeddedDepth, maxXmlDepth, minInflateRatio, maxUnzippedBytes, maxZipEntries, maxRows, maxCellChars, maxFindings);
    }

    public ExtractionLimits withMaxEmbeddedDepth(int v) {
        return new ExtractionLimits(maxBytes, timeout, maxTextChars, v, maxXmlDepth, minInflateRatio, maxUnzippedBytes, maxZipEntries, maxRows, maxCellChars, maxFindings);
    }

    public ExtractionLimits withMaxXmlDepth(int v) {
        return new ExtractionLimits(maxBytes, timeout, maxTextChars, maxEmbeddedDepth, v, minInflateRatio, maxUnzippedBytes, maxZipEntries, maxRows, maxCellChars, maxFindings);
    }

    public ExtractionLimits withMaxUnzippedBytes(long v) {
        return new ExtractionLimits(maxBytes, timeout, maxTextChars, maxEmbeddedDepth, maxXmlDepth, minInflateRatio, v, maxZipEntries, maxRows, maxCellChars, maxFindings);
    }

    public ExtractionLimits withMaxRows(int v) {
        return new ExtractionLimits(maxBytes, timeout, maxTextChars, maxEmbeddedDepth, maxXmlDepth, minInflateRatio, maxUnzippedBytes, maxZipEntries, v, maxCellChars, maxFindings);
    }

    public ExtractionLimits withMaxCellChars(int v) {
        return new ExtractionLimits(maxBytes, timeout, maxTextChars, maxEmbeddedDepth, maxXmlDepth, minInflateRatio, maxUnzippedBytes, maxZipEntries, maxRows, v, maxFindings);
    }

    public ExtractionLimits withMaxFindings(int v) {
        return new ExtractionLimits(maxBytes, timeout, maxTextChars, maxEmbeddedDepth, maxXmlDepth, minInflateRatio, maxUnzippedBytes, maxZipEntries, maxRows, maxCellChars, v);
    }
}
