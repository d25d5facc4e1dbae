package id.dkip.core.calendar;

import java.util.Locale;

/**
 * A holiday file (or the provisional rules) cannot be used: unreadable, a bad row, or no year declared complete.
 * {@link #message(Locale)} says what and where in the user's language; {@link #getMessage()} is Indonesian, the
 * project's default. Nothing is loaded from a file that fails: the calendar in use stays as it was.
 */
public class HolidayFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public HolidayFileException(String key, Throwable cause, Object... args) {
        super(CalendarMessages.get(CalendarMessages.INDONESIAN, key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    /** The message key in {@code calendar.properties}, e.g. {@code calendar.row.date}. */
    public String key() {
        return key;
    }

    public String message(Locale locale) {
        return CalendarMessages.get(locale, key, args);
    }
}
