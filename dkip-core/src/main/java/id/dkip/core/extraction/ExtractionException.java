package id.dkip.core.extraction;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A document the importer or scanner refuses, with the reason as a stable code. The message comes from
 * {@code id/dkip/core/extraction/messages.properties} (Indonesian, the default) or {@code _en}; nothing is ever
 * stored from a refused document.
 */
public class ExtractionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a document was refused; each is a message key {@code dkip.extraction.error.<name in lower case>}. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY,
        /** Larger than the configured size cap, or more text/rows than allowed. */
        TOO_LARGE,
        /** Parsing took longer than the configured time cap. */
        TIMEOUT,
        /** Password-protected or encrypted. */
        ENCRYPTED,
        /** A zip container inflates far beyond its size (zip bomb) or holds too many entries. */
        ZIP_BOMB,
        /** Documents nested in documents, or XML nested, deeper than allowed. */
        TOO_DEEP,
        /** The content is of a kind this reader does not handle (whatever its extension says). */
        UNSUPPORTED_TYPE,
        /** The file could not be parsed (damaged, truncated). */
        CORRUPT,
        /** No table in the document looks like a DKIP / exempted-information matrix. */
        NO_MATRIX
    }

    public static final String BUNDLE = "id.dkip.core.extraction.messages";

    private final Reason reason;
    private final List<String> args;

    public ExtractionException(Reason reason, List<String> args, Throwable cause) {
        super(render(reason, args, Locale.ENGLISH), cause);
        this.reason = reason;
        this.args = args == null ? List.of() : List.copyOf(args);
    }

    public ExtractionException(Reason reason, String... args) {
        this(reason, List.of(args), null);
    }

    public Reason reason() {
        return reason;
    }

    public List<String> args() {
        return args;
    }

    /** The message key, e.g. {@code dkip.extraction.error.encrypted}. */
    public String messageKey() {
        return key(reason);
    }

    public String message(Locale locale) {
        return render(reason, args, locale);
    }

    private static String key(Reason reason) {
        return "dkip.extraction.error." + reason.name().toLowerCase(Locale.ROOT);
    }

    static String render(Reason reason, List<String> args, Locale locale) {
        return Messages.format(locale, key(reason), args == null ? new Object[0] : args.toArray());
    }

    /** Message lookup in the extraction bundle (Indonesian default, English {@code _en}). */
    static final class Messages {
        private Messages() {
        }

        static String format(Locale locale, String key, Object... args) {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(bundle.getString(key), locale).format(args);
        }
    }
}
