package id.dkip.core.calendar;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The calendar's messages ({@code id/dkip/core/calendar/calendar.properties}, Indonesian; {@code calendar_en}): a
 * bad holiday file or the missing next year, in the user's language.
 */
public final class CalendarMessages {
    static final String BUNDLE = "id.dkip.core.calendar.calendar";
    /** The project's default language: the bundle without suffix. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private CalendarMessages() {
    }

    /** The message {@code key} in {@code locale} (Indonesian for anything but English). */
    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale == null ? INDONESIAN : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // years and line numbers as written ("2027", not "2,027")
            plain[i] = args[i] instanceof Number n ? String.valueOf(n) : args[i];
        }
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(plain);
    }
}
