package id.dkip.core.archive;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Messages of the archive rules ({@code id/dkip/core/archive/archive-messages}, Indonesian default, English). */
public final class ArchiveMessages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final String OPENED_AT_EXPIRY = "dkip.arsip.dibuka.kedaluwarsa";
    public static final String REVIEW_DESCRIPTION = "dkip.arsip.tinjau.deskripsi";

    private ArchiveMessages() {
    }

    public static String format(String key, Locale locale, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(MatchResult.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public static String indonesian(String key, Object... args) {
        return format(key, INDONESIAN, args);
    }
}
