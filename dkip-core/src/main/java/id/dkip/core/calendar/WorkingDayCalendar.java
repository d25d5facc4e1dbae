package id.dkip.core.calendar;

import id.dkip.core.config.ConfigLocations;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Government working days ("hari kerja"): Monday to Friday (Perpres 21/2023) less the national holidays and
 * cuti bersama set each year by the SKB 3 Menteri. Holidays are data, never computed: the module ships
 * {@value #BUNDLED} (2025 and 2026) and an administrator adds further years, or later amendments, in files of the
 * same columns ({@code date,kind,name}) without a rebuild.
 * <p>
 * A year is <em>loaded</em> once any row names a date in it. Every date a computation looks at must lie in a loaded
 * year, otherwise a {@link CalendarRangeException} names the date and the loaded years: the calendar never guesses.
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

    /** Classpath location of the bundled holiday file. */
    public static final String BUNDLED = "id/dkip/core/calendar/hari-libur.csv";

    private static volatile WorkingDayCalendar standard;

    private final Map<LocalDate, Holiday> daysOff;
    private final SortedSet<Integer> loadedYears;

    private WorkingDayCalendar(Map<LocalDate, Holiday> daysOff, SortedSet<Integer> loadedYears) {
        this.daysOff = Collections.unmodifiableMap(new TreeMap<>(daysOff));
        this.loadedYears = Collections.unmodifiableSortedSet(new TreeSet<>(loadedYears));
    }

    /** The calendar of the bundled holiday data (2025 and 2026). */
    public static WorkingDayCalendar standard() {
        WorkingDayCalendar s = standard;
        if (s == null) {
            synchronized (WorkingDayCalendar.class) {
                s = standard;
                if (s == null) {
                    s = fromLocations(ConfigLocations.CLASSPATH + BUNDLED);
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * The bundled calendar extended by an administrator's files: {@code extraLocations} is a comma-separated list
     * of {@code classpath:...}, {@code file:...} or plain paths (null or blank: none); a location prefixed
     * {@code optional:} is skipped when absent, any other missing file fails. Later files win for the same date; a
     * {@code batal} row removes a day off. This is the factory the Alfresco bean uses
     * ({@code dkip.calendar.extraHolidays}).
     */
    public static WorkingDayCalendar standardWith(String extraLocations) {
        List<String> extra = ConfigLocations.present(ConfigLocations.split(extraLocations));
        if (extra.isEmpty()) {
            return standard();
        }
        List<String> all = new ArrayList<>();
        all.add(ConfigLocations.CLASSPATH + BUNDLED);
        all.addAll(extra);
        return fromLocations(all.toArray(String[]::new));
    }

    /** A calendar from holiday files only (no bundled data unless one of the locations names it). */
    public static WorkingDayCalendar fromLocations(String... locations) {
        Builder b = new Builder();
        for (String location : locations) {
            try (InputStream in = ConfigLocations.open(location)) {
                b.read(new InputStreamReader(in, StandardCharsets.UTF_8), location);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read holiday file " + location, e);
            }
        }
        WorkingDayCalendar cal = b.build();
        LOG.info("Working-day calendar from {}: years {}, {} days off", List.of(locations), cal.loadedYears, cal.daysOff.size());
        return cal;
    }

    /** A calendar from CSV text sources, read in order; {@code sourceName}s are used in error messages. */
    public static WorkingDayCalendar fromCsv(Reader... sources) {
        Builder b = new Builder();
        int i = 1;
        for (Reader r : sources) {
            b.read(r, "source " + i++);
        }
        return b.build();
    }

    /**
     * This calendar extended by further CSV sources (same columns): e.g. next year's SKB 3 Menteri dates or an
     * amending decree. Returns a new calendar; this one is unchanged.
     */
    public WorkingDayCalendar extendedWith(Reader... sources) {
        Builder b = new Builder();
        b.daysOff.putAll(daysOff);
        b.years.addAll(loadedYears);
        int i = 1;
        for (Reader r : sources) {
            b.read(r, "extension " + i++);
        }
        return b.build();
    }

    /** The years holiday data is loaded for. */
    public SortedSet<Integer> loadedYears() {
        return loadedYears;
    }

    /** The day off on {@code date}, if it is a national holiday or cuti bersama. */
    public Optional<Holiday> holiday(LocalDate date) {
        checkRange(date);
        return Optional.ofNullable(daysOff.get(date));
    }

    /** All days off loaded, in date order. */
    public List<Holiday> holidays() {
        return List.copyOf(daysOff.values());
    }

    /** Monday-Friday and neither a national holiday nor cuti bersama. */
    public boolean isWorkingDay(LocalDate date) {
        checkRange(date);
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !daysOff.containsKey(date);
    }

    /**
     * The {@code n}-th working day after {@code start} (start excluded): "within 10 working days of receipt".
     * {@code n == 0} gives {@code start} itself.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n + " (use subtractWorkingDays)");
        }
        checkRange(start);
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The {@code n}-th working day before {@code date} (date excluded): the review date 30 working days before an
     * exemption expires. {@code n == 0} gives {@code date} itself.
     */
    public LocalDate subtractWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n + " (use addWorkingDays)");
        }
        checkRange(date);
        LocalDate d = date;
        int left = n;
        while (left > 0) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days in {@code (fromExclusive, toInclusive]}: how many working days have passed between receipt and
     * answer. Negative when {@code toInclusive} is before {@code fromExclusive}.
     */
    public int countWorkingDays(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -countWorkingDays(toInclusive, fromExclusive);
        }
        checkRange(fromExclusive);
        checkRange(toInclusive);
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** True when holiday data is loaded for the date's year. */
    public boolean covers(LocalDate date) {
        return loadedYears.contains(date.getYear());
    }

    private void checkRange(LocalDate date) {
        if (!loadedYears.contains(date.getYear())) {
            throw new CalendarRangeException(date, loadedYears);
        }
    }

    /** Reads CSV rows {@code date,kind,name}; '#' lines and blank lines are skipped; the header row is optional. */
    private static final class Builder {
        private final Map<LocalDate, Holiday> daysOff = new TreeMap<>();
        private final SortedSet<Integer> years = new TreeSet<>();

        void read(Reader reader, String source) {
            try (BufferedReader br = new BufferedReader(reader)) {
                String line;
                int lineNo = 0;
                while ((line = br.readLine()) != null) {
                    lineNo++;
                    if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                        line = line.substring(1);
                    }
                    String trimmed = line.trim();
                    if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.toLowerCase(java.util.Locale.ROOT).startsWith("date,")) {
                        continue;
                    }
                    parseRow(trimmed, source, lineNo);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read holiday data from " + source, e);
            }
        }

        private void parseRow(String line, String source, int lineNo) {
            String[] cols = line.split(",", 3);
            if (cols.length < 2) {
                throw bad(source, lineNo, line, "expected date,kind,name");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(unquote(cols[0]));
            } catch (DateTimeParseException e) {
                throw bad(source, lineNo, line, "date must be YYYY-MM-DD");
            }
            Holiday.Kind kind;
            try {
                kind = Holiday.Kind.parse(unquote(cols[1]));
            } catch (IllegalArgumentException e) {
                throw bad(source, lineNo, line, e.getMessage());
            }
            String name = cols.length > 2 ? unquote(cols[2]) : "";
            years.add(date.getYear());
            if (kind == Holiday.Kind.BATAL) {
                daysOff.remove(date);
            } else {
                daysOff.put(date, new Holiday(date, kind, name, source));
            }
        }

        private static String unquote(String s) {
            String t = s.trim();
            if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
                t = t.substring(1, t.length() - 1).replace("\"\"", "\"");
            }
            return t;
        }

        private static IllegalArgumentException bad(String source, int lineNo, String line, String why) {
            return new IllegalArgumentException("Bad holiday row in " + source + " line " + lineNo + ": '" + line + "': " + why);
        }

        WorkingDayCalendar build() {
            if (years.isEmpty()) {
                throw new IllegalArgumentException("No holiday data loaded: the working-day calendar needs at least one year");
            }
            return new WorkingDayCalendar(daysOff, years);
        }
    }
}
