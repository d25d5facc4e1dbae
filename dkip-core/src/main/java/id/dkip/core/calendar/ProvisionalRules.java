package id.dkip.core.calendar;

import id.dkip.core.config.ConfigLocations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The holidays a provisional calendar knows for a year whose decree is not loaded: only those whose date follows
 * from a rule (configuration, {@value #BUNDLED}): {@code tetap,MM-DD,name} (the same date every year) and
 * {@code paskah,OFFSET,name} (days from Easter Sunday). Holidays fixed by lunar calendars or sighting, and cuti
 * bersama, are never guessed. Immutable.
 */
public final class ProvisionalRules {

    /** Classpath location of the bundled rules. */
    public static final String BUNDLED = "id/dkip/core/calendar/hari-libur-sementara.csv";
    private static final String SOURCE = "kalender sementara";

    private record Rule(boolean easter, MonthDay fixed, int offset, String name) {
        LocalDate on(int year) {
            return easter ? easterSunday(year).plusDays(offset) : fixed.atYear(year);
        }
    }

    private static volatile ProvisionalRules bundled;

    private final List<Rule> rules;

    private ProvisionalRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** No rules: a year without its decree has weekends only. */
    public static ProvisionalRules none() {
        return new ProvisionalRules(List.of());
    }

    /** The bundled rules (fixed-date national holidays, Good Friday and Ascension). */
    public static ProvisionalRules standard() {
        ProvisionalRules r = bundled;
        if (r == null) {
            r = load(ConfigLocations.CLASSPATH + BUNDLED);
            bundled = r;
        }
        return r;
    }

    /** Rules from a location ({@code classpath:}, {@code file:} or a path); blank: the bundled ones. */
    public static ProvisionalRules load(String location) {
        if (location == null || location.isBlank()) {
            return standard();
        }
        return parse(new InputStreamReader(WorkingDayCalendar.open(location.trim()), StandardCharsets.UTF_8), location.trim());
    }

    static ProvisionalRules parse(Reader reader, String source) {
        List<Rule> rules = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(reader)) {
            String line;
            int lineNo = 0;
            while ((line = br.readLine()) != null) {
                lineNo++;
                String t = line.strip().replace("\uFEFF", "");
                if (t.isEmpty() || t.startsWith("#") || t.toLowerCase(Locale.ROOT).startsWith("rule,")) {
                    continue;
                }
                String[] c = t.split(",", 3);
                try {
                    String kind = c[0].strip().toLowerCase(Locale.ROOT);
                    String name = c.length > 2 ? c[2].strip() : "";
                    if (kind.equals("tetap") && c.length > 1) {
                        rules.add(new Rule(false, MonthDay.parse("--" + c[1].strip()), 0, name));
                    } else if (kind.equals("paskah") && c.length > 1) {
                        rules.add(new Rule(true, null, Integer.parseInt(c[1].strip()), name));
                    } else {
                        throw new IllegalArgumentException(kind);
                    }
                } catch (RuntimeException e) {
                    throw new HolidayFileException("calendar.rule.bad", e, source, lineNo, t);
                }
            }
        } catch (IOException e) {
            throw new HolidayFileException("calendar.file.unreadable", e, source, e.getMessage());
        }
        return new ProvisionalRules(rules);
    }

    /** The days off these rules give in {@code year} (a 29 February rule only in leap years). */
    public List<Holiday> daysOff(int year) {
        List<Holiday> out = new ArrayList<>();
        for (Rule r : rules) {
            try {
                out.add(new Holiday(r.on(year), Holiday.Kind.LIBUR, r.name(), SOURCE));
            } catch (DateTimeException e) {
                // 02-29 in a common year: no such day
            }
        }
        return out;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
