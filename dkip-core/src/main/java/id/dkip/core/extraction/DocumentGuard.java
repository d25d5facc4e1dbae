package id.dkip.core.extraction;

import id.dkip.core.extraction.ExtractionException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first line of defence for every document: reads it into memory up to the size cap, refuses empty files,
 * detects its real type from the content (never from the extension alone), inspects zip containers for bombs
 * before POI or Tika open them, and runs parsing under a time cap.
 *
 * <p>Zip inspection is done here rather than through POI's {@code ZipSecureFile} setters because those are
 * JVM-wide statics shared with the rest of the repository; POI's own defaults (ratio 0.01) stay in force as a
 * second line.
 */
public final class DocumentGuard {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentGuard.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExtractionLimits limits;
    private final Detector detector;
    private final MimeTypes mimeTypes;
    private final ExecutorService executor;

    public DocumentGuard(ExtractionLimits limits) {
        this.limits = limits;
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.mimeTypes = config.getMimeRepository();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "dkip-extraction-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** A document read into memory, with the type its content shows. */
    public record Document(String fileName, byte[] bytes, MediaType type, String typeWarning) {
        public InputStream open() {
            return new ByteArrayInputStream(bytes);
        }

        public String baseType() {
            return type.getBaseType().toString();
        }
    }

    /** Reads, size-checks, type-detects and (for zip containers) bomb-checks a document. */
    public Document admit(InputStream in, String fileName) {
        byte[] bytes = readCapped(in);
        if (bytes.length == 0) {
            throw new ExtractionException(Reason.EMPTY, name(fileName));
        }
        MediaType type = detect(bytes, fileName);
        String typeWarning = null;
        String declared = declaredType(fileName);
        if (declared != null && !sameFamily(declared, type)) {
            typeWarning = declared + " -> " + type.getBaseType();
            LOG.info("{} is named like {} but its content is {}; reading it as the latter", fileName, declared, type);
        }
        if (isZipContainer(type)) {
            inspectZip(bytes, name(fileName), 0);
        }
        if (isEncryptedType(type)) {
            throw new ExtractionException(Reason.ENCRYPTED, name(fileName));
        }
        return new Document(name(fileName), bytes, type, typeWarning);
    }

    /** Runs {@code work} under the time cap; ExtractionExceptions pass through, other failures become CORRUPT. */
    public <T> T timed(String fileName, Callable<T> work) {
        Future<T> future = executor.submit(work);
        try {
            return future.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new ExtractionException(Reason.TIMEOUT, java.util.List.of(name(fileName),
                    Long.toString(limits.timeout().toSeconds())), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExtractionException(Reason.TIMEOUT, java.util.List.of(name(fileName),
                    Long.toString(limits.timeout().toSeconds())), e);
        } catch (ExecutionException e) {
            throw Failures.translate(e.getCause(), fileName);
        }
    }

    private byte[] readCapped(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                throw new ExtractionException(Reason.TOO_LARGE, "> " + limits.maxBytes() + " bytes",
                        Long.toString(limits.maxBytes()));
            }
            return bytes;
        } catch (IOException e) {
            throw new ExtractionException(Reason.CORRUPT, java.util.List.of("?", e.toString()), e);
        }
    }

    private MediaType detect(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream tis = TikaInputStream.get(bytes)) {
            return detector.detect(tis, metadata);
        } catch (IOException e) {
            throw new ExtractionException(Reason.CORRUPT, java.util.List.of(name(fileName), e.toString()), e);
        }
    }

    private String declaredType(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return null;
        }
        MimeType t = mimeTypes.getMimeType(fileName);
        if (t == null || MediaType.OCTET_STREAM.toString().equals(t.getName())) {
            return null;
        }
        return t.getName();
    }

    private static boolean sameFamily(String declared, MediaType detected) {
        String d = detected.getBaseType().toString();
        if (d.equals(declared)) {
            return true;
        }
        // text/plain vs text/csv, or an OOXML file still called .zip: not worth a warning
        return declared.startsWith("text/") && d.startsWith("text/");
    }

    static boolean isZipContainer(MediaType type) {
        String t = type.getBaseType().toString();
        return t.equals("application/zip") || t.startsWith("application/vnd.openxmlformats-officedocument")
                || t.startsWith("application/vnd.oasis.opendocument") || t.equals("application/vnd.ms-excel.sheet.macroenabled.12")
                || t.equals("application/vnd.ms-word.document.macroenabled.12") || t.equals("application/x-tika-ooxml");
    }

    private static boolean isEncryptedType(MediaType type) {
        String t = type.getBaseType().toString();
        return t.equals("application/x-tika-ooxml-protected") || t.equals("application/x-tika-msoffice-encrypted");
    }

    /**
     * Streams through every entry of a zip container twice, counting inflated bytes, so a bomb is found without
     * inflating it to memory: once as the central directory lists them (what POI and most readers trust) and once
     * as the local headers hold them (what a streaming reader sees: entries can hide there, absent from the
     * directory). Nested zips are inspected recursively up to the embedded-depth limit.
     */
    void inspectZip(byte[] bytes, String fileName, int depth) {
        if (depth > limits.maxEmbeddedDepth()) {
            throw new ExtractionException(Reason.TOO_DEEP, name(fileName), Integer.toString(limits.maxEmbeddedDepth()));
        }
        ZipBudget budget = new ZipBudget(fileName);
        try (org.apache.commons.compress.archivers.zip.ZipFile zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(bytes)).get()) {
            java.util.Enumeration<org.apache.commons.compress.archivers.zip.ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry = all.nextElement();
                if (budget.entry() && !entry.isDirectory()) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] nested = budget.drain(in, entry.getName(), () -> entry.getCompressedSize());
                        if (nested != null && nested.length > 0) {
                            inspectZip(nested, fileName + " > " + entry.getName(), depth + 1);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new ExtractionException(Reason.CORRUPT, java.util.List.of(name(fileName), e.toString()), e);
        }
        ZipBudget local = new ZipBudget(fileName);
        try (org.apache.commons.compress.archivers.zip.ZipArchiveInputStream zin =
                     new org.apache.commons.compress.archivers.zip.ZipArchiveInputStream(new ByteArrayInputStream(bytes),
                             "UTF-8", true, true)) {
            org.apache.commons.compress.archivers.zip.ZipArchiveEntry entry;
            while ((entry = zin.getNextEntry()) != null) {
                if (local.entry() && !entry.isDirectory() && zin.canReadEntryData(entry)) {
                    // nested zips were inspected above when listed; one hidden only here is refused by its size anyway
                    local.drain(zin, entry.getName(), zin::getCompressedCount, false);
                }
            }
        } catch (IOException e) {
            throw new ExtractionException(Reason.CORRUPT, java.util.List.of(name(fileName), e.toString()), e);
        }
    }

    /** Entry count, inflated total and inflate ratio of one pass over a zip container. */
    private final class ZipBudget {
        private final String fileName;
        private final byte[] buffer = new byte[8192];
        private long total;
        private int entries;

        ZipBudget(String fileName) {
            this.fileName = fileName;
        }

        boolean entry() {
            if (++entries > limits.maxZipEntries()) {
                throw new ExtractionException(Reason.ZIP_BOMB, name(fileName), entries + " entries");
            }
            return true;
        }

        byte[] drain(InputStream in, String entryName, java.util.function.LongSupplier compressedSize) throws IOException {
            return drain(in, entryName, compressedSize, true);
        }

        /** Reads an entry to its end under the caps; returns its bytes when it is itself a zip (and asked), else null. */
        byte[] drain(InputStream in, String entryName, java.util.function.LongSupplier compressedSize, boolean keepNested)
                throws IOException {
            boolean nestedZip = keepNested && entryName.toLowerCase(Locale.ROOT).matches(".*\\.(zip|docx|xlsx|odt|ods|pptx|jar)$");
            java.io.ByteArrayOutputStream nested = nestedZip ? new java.io.ByteArrayOutputStream() : null;
            long entrySize = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                entrySize += n;
                total += n;
                if (total > limits.maxUnzippedBytes()) {
                    throw new ExtractionException(Reason.ZIP_BOMB, name(fileName), entryName + ": > "
                            + limits.maxUnzippedBytes() + " bytes unzipped");
                }
                // streamed entries know their compressed size only as they are read: the count so far is a floor
                long compressed = Math.max(1, compressedSize.getAsLong());
                if (entrySize > 1_000_000 && (double) compressed / entrySize < limits.minInflateRatio()) {
                    throw new ExtractionException(Reason.ZIP_BOMB, name(fileName), entryName + " inflates more than "
                            + Math.round(1 / limits.minInflateRatio()) + "x");
                }
                if (nested != null) {
                    nested.write(buffer, 0, n);
                }
            }
            return nested == null ? null : nested.toByteArray();
        }
    }

    static String name(String fileName) {
        return fileName == null || fileName.isBlank() ? "(tanpa nama)" : fileName;
    }
}
