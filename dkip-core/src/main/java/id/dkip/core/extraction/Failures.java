package id.dkip.core.extraction;

import id.dkip.core.extraction.ExtractionException.Reason;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;

/** Maps what parsers throw onto the reasons an officer can act on. */
final class Failures {
    private Failures() {
    }

    static ExtractionException translate(Throwable t, String fileName) {
        String name = DocumentGuard.name(fileName);
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ExtractionException ee) {
                return ee;
            }
            if (c instanceof EncryptedDocumentException || c instanceof org.apache.poi.EncryptedDocumentException
                    || c instanceof org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException) {
                return new ExtractionException(Reason.ENCRYPTED, List.of(name), t);
            }
            if (c instanceof WriteLimitReachedException) {
                return new ExtractionException(Reason.TOO_LARGE, List.of(name, "text"), t);
            }
            if (c instanceof ZeroByteFileException) {
                return new ExtractionException(Reason.EMPTY, List.of(name), t);
            }
            if (c instanceof org.apache.tika.exception.TikaMemoryLimitException) {
                return new ExtractionException(Reason.ZIP_BOMB, List.of(name, String.valueOf(c.getMessage())), t);
            }
            if (c instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException
                    || c instanceof org.apache.poi.poifs.filesystem.NotOLE2FileException) {
                return new ExtractionException(Reason.CORRUPT, List.of(name, String.valueOf(c.getMessage())), t);
            }
            String msg = String.valueOf(c.getMessage());
            if (msg.contains("levels of XML element nesting") || msg.contains("package entry nesting")) {
                return new ExtractionException(Reason.TOO_DEEP, List.of(name, msg), t);
            }
            if (msg.contains("Zip bomb") || msg.contains("zip bomb")) {
                return new ExtractionException(Reason.ZIP_BOMB, List.of(name, msg), t);
            }
            if (c instanceof org.xml.sax.SAXException && msg.contains("depth")) {
                return new ExtractionException(Reason.TOO_DEEP, List.of(name, msg), t);
            }
            if (c instanceof InterruptedException) {
                return new ExtractionException(Reason.TIMEOUT, List.of(name, "?"), t);
            }
        }
        if (t instanceof TikaException || t instanceof java.io.IOException || t instanceof org.xml.sax.SAXException
                || t instanceof RuntimeException) {
            return new ExtractionException(Reason.CORRUPT, List.of(name, String.valueOf(t.getMessage())), t);
        }
        return new ExtractionException(Reason.CORRUPT, List.of(name, String.valueOf(t)), t);
    }
}
