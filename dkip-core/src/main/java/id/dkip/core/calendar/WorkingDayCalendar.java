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
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Government working days ("hari kerja"): Monday to Friday (Perpres 21/2023) less the national holidays and
 * cuti bersama set each year by the SKB 3 Menteri. Holidays are data: the module ships {@value #BUNDLED} (2025 and
 * 2026) and an administrator adds further years, or amendments, in files of the same columns ({@code date,kind,name})
 * without a rebuild.
 *
 * <h2>Complete and provisional years</h2>
 * A year is <em>complete</em> only when a row {@code YEAR,lengkap,source} declares it (the decree the rows were
 * copied from): a file with a few rows of a year is never taken for the whole year. A day in any other year is
 * judged by a <em>provisional</em> calendar: weekends, the rows given for that year, and the days the
 * {@link ProvisionalRules} compute (fixed-date holidays, Easter-bound ones). Every computation that looks at such a
 * day says so ({@link ComputedDate#provisional()}, {@link #anyProvisional}); hosts mark the stored date and
 * recompute it when the decree is loaded ({@link ProvisionalDates}). A calendar built without rules
 * ({@link #fromCsv}) is strict instead: a day outside the complete years fails with {@link CalendarRangeException}.
 * Only the days a computation actually looks at matter: "1 working day after 31 December 2024" needs 2025 only.
 *
 * <h2>Reloading</h2>
 * Instances are thread-safe. {@link #reload(WorkingDayCalendar)} swaps in the data of another calendar at once
 * (an administrator loading next year's decree, with no restart); every holder of this instance sees it.
 */
public final class WorkingDayCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDayCalendar.class);

    /** Classpath location of the bundled holiday file. */
    public static final String BUNDLED = "id/dkip/core/calendar/hari-libur.csv";
    /** The kind of row that declares a year complete: {@code 2027,lengkap,SKB 3 Menteri ...}. */
    public static final String COMPLETE = "lengkap";
    /** Longest computation accepted, in working days (about 400 years): no input may make it run for ever. */
    public static final int MAX_WORKING_DAYS = 100_000;

    private static volatile WorkingDayCalendar standard;

    /** Everything a calendar knows, replaced as a whole by {@link #reload}. */
    private record Data(NavigableMap<LocalDate, Holiday> daysOff, SortedSet<Integer> completeYears, Map<Integer, String> sources,
                        ProvisionalRules rules, Map<Integer, Map<LocalDate, Holiday>> provisionalCache) {
    }

    private volatile Data data;

    private WorkingDayCalendar(Data data) {
        this.data = data;
    }

    /** The calendar of the bundled holiday data (2025 and 2026) with the bundled provisional rules. Shared: never reloaded. */
    public static WorkingDayCalendar standard() {
        WorkingDayCalendar s = standard;
        if (s == null) {
            synchronized (WorkingDayCalendar.class) {
                s = standard;
                if (s == null) {
                    s = fromLocations(ProvisionalRules.standard(), ConfigLocations.CLASSPATH + BUNDLED);
                    standard = s;
                }
            }
        }
        return s;
    }

    /**
     * A new calendar: the bundled data extended by an administrator's files, with the bundled provisional rules.
     * {@code extraLocations} is a comma-separated list of {@code classpath:...}, {@code file:...} or plain paths (null
     * or blank: none); a location prefixed {@code optional:} is skipped when absent, any other missing file fails.
     * Later files win for the same date; a {@code batal} row removes a day off. This is the factory the Alfresco
     * bean uses ({@code dkip.calendar.extraHolidays}); the result may be {@link #reload reloaded}.
     *
     * @throws HolidayFileException when a file is missing, unreadable or has a bad row
     */
    public static WorkingDayCalendar standardWith(String extraLocations) {
        return standardWith(extraLocations, ProvisionalRules.standard());
    }

    /** As {@link #standardWith(String)}, with other provisional rules ({@code dkip.calendar.provisionalRules}). */
    public static WorkingDayCalendar standardWith(String extraLocations, ProvisionalRules rules) {
        List<String> all = new ArrayList<>();
        all.add(ConfigLocations.CLASSPATH + BUNDLED);
        all.addAll(ConfigLocations.present(ConfigLocations.split(extraLocations)));
        return fromLocations(rules, all.toArray(String[]::new));
    }

    /** A calendar from holiday files only (no bundled data unless one of the locations names it). */
    public static WorkingDayCalendar fromLocations(ProvisionalRules rules, String... locations) {
        Builder b = new Builder();
        for (String location : locations) {
            try (InputStream in = open(location)) {
                b.read(new InputStreamReader(in, StandardCharsets.UTF_8), location);
            } catch (IOException e) {
                throw new HolidayFileException("calendar.file.unreadable", e, location, e.getMessage());
            }
        }
        WorkingDayCalendar cal = b.build(rules);
        LOG.info("Working-day calendar from {}: complete years {}, {} days off", List.of(locations),
                cal.loadedYears(), cal.data.daysOff().size());
        return cal;
    }

    /**
     * A strict calendar from CSV text sources ({@code date,kind,name}), read in order; errors name "source N" and
     * the line. Strict: no provisional rules, a day outside the complete years throws {@link CalendarRangeException}.
     */
    public static WorkingDayCalendar fromCsv(Reader... sources) {
        Builder b = new Builder();
        int i = 1;
        for (Reader r : sources) {
            b.read(r, "source " + i++);
        }
        return b.build(null);
    }

    /**
     * This calendar extended by further CSV sources (same columns): e.g. next year's SKB 3 Menteri dates with their
     * {@code lengkap} row, or an amending decree. Returns a new calendar; this one is unchanged.
     */
    public WorkingDayCalendar extendedWith(Reader... sources) {
        Data d = data;
        Builder b = new Builder();
        b.daysOff.putAll(d.daysOff());
        b.complete.putAll(d.sources());
        int i = 1;
        for (Reader r : sources) {
            b.read(r, "extension " + i++);
        }
        return b.build(d.rules());
    }

    /**
     * Replaces this calendar's data by {@code fresh}'s, at once: computations that started keep the data they
     * started with, later ones see the new years. Returns the years that became complete.
     */
    public SortedSet<Integer> reload(WorkingDayCalendar fresh) {
        if (this == standard) {
            throw new IllegalStateException("The shared standard calendar is never reloaded; use standardWith(...)");
        }
        Data before = data;
        data = fresh.data;
        SortedSet<Integer> added = new TreeSet<>(fresh.data.completeYears());
        added.removeAll(before.completeYears());
        LOG.info("Working-day calendar reloaded: complete years {} (new: {})", fresh.data.completeYears(), added);
        return Collections.unmodifiableSortedSet(added);
    }

    /** The years declared complete ({@code YEAR,lengkap,source}): dates in them are final. */
    public SortedSet<Integer> loadedYears() {
        return data.completeYears();
    }

    /** The decree a complete year was loaded from, as its {@code lengkap} row names it. */
    public Optional<String> source(int year) {
        return Optional.ofNullable(data.sources().get(year));
    }

    /** True when holiday data is declared complete for the date's year. */
    public boolean covers(LocalDate date) {
        return data.completeYears().contains(date.getYear());
    }

    /** True when the date's year is not complete: a date judged there is provisional. */
    public boolean isProvisional(LocalDate date) {
        return !covers(date);
    }

    /** True when any day from {@code a} to {@code b} (either order, both included) lies in a year not complete. */
    public boolean anyProvisional(LocalDate a, LocalDate b) {
        Data d = data;
        int from = Math.min(a.getYear(), b.getYear());
        int to = Math.max(a.getYear(), b.getYear());
        for (int y = from; y <= to; y++) {
            if (!d.completeYears().contains(y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The year after {@code today}'s when its decree is missing and {@code today} is in October or later: the
     * decree is usually signed in the autumn, and due dates soon reach into that year. Message:
     * {@link CalendarMessages} key {@code calendar.nextYearMissing}.
     */
    public OptionalInt missingNextYear(LocalDate today) {
        int next = today.getYear() + 1;
        return today.getMonthValue() >= Month.OCTOBER.getValue() && !data.completeYears().contains(next)
                ? OptionalInt.of(next) : OptionalInt.empty();
    }

    /** The day off on {@code date}: a national holiday or cuti bersama (provisional ones in a year not complete). */
    public Optional<Holiday> holiday(LocalDate date) {
        return Optional.ofNullable(dayOff(data, date));
    }

    /** All days off loaded from the holiday files, in date order (without the provisional rules' days). */
    public List<Holiday> holidays() {
        return List.copyOf(data.daysOff().values());
    }

    /** Monday-Friday and neither a national holiday nor cuti bersama. */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(data, date);
    }

    /**
     * The {@code n}-th working day after {@code start} (start excluded): "within 10 working days of receipt".
     * {@code n == 0} gives {@code start} itself.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        return addWorkingDaysMarked(start, n).date();
    }

    /** As {@link #addWorkingDays}, saying whether a day looked at (after {@code start}) was provisional. */
    public ComputedDate addWorkingDaysMarked(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        checkCount(n, "subtractWorkingDays");
        Data d = data;
        LocalDate day = start;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(d, day)) {
                left--;
            }
        }
        return new ComputedDate(day, n > 0 && anyProvisional(d, start.plusDays(1), day));
    }

    /**
     * The {@code n}-th working day before {@code date} (date excluded): the review date 30 working days before an
     * exemption expires. {@code n == 0} gives {@code date} itself.
     */
    public LocalDate subtractWorkingDays(LocalDate date, int n) {
        return subtractWorkingDaysMarked(date, n).date();
    }

    /** As {@link #subtractWorkingDays}, saying whether a day looked at (before {@code date}) was provisional. */
    public ComputedDate subtractWorkingDaysMarked(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        checkCount(n, "addWorkingDays");
        Data d = data;
        LocalDate day = date;
        int left = n;
        while (left > 0) {
            day = day.minusDays(1);
            if (isWorkingDay(d, day)) {
                left--;
            }
        }
        return new ComputedDate(day, n > 0 && anyProvisional(d, day, date.minusDays(1)));
    }

    /**
     * Working days in {@code (fromExclusive, toInclusive]}: how many working days have passed between receipt and
     * answer. Negative when {@code toInclusive} is before {@code fromExclusive}. Provisional when
     * {@link #anyProvisional} says so for the days counted.
     */
    public int countWorkingDays(LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromExclusive)) {
            return -countWorkingDays(toInclusive, fromExclusive);
        }
        Data d = data;
        int count = 0;
        for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (isWorkingDay(d, day)) {
                count++;
            }
        }
        return count;
    }

    private static void checkCount(int n, String other) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n + " (use " + other + ")");
        }
        if (n > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("n must be at most " + MAX_WORKING_DAYS + " working days, was " + n);
        }
    }

    private static boolean anyProvisional(Data d, LocalDate from, LocalDate to) {
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (!d.completeYears().contains(y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWorkingDay(Data d, LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && dayOff(d, date) == null;
    }

    private static Holiday dayOff(Data d, LocalDate date) {
        int year = date.getYear();
        if (d.completeYears().contains(year)) {
            return d.daysOff().get(date);
        }
        if (d.rules() == null) {
            throw new CalendarRangeException(date, d.completeYears());
        }
        return d.provisionalCache().computeIfAbsent(year, y -> provisionalYear(d, y)).get(date);
    }

    /** The provisional days off of a year: the rules' days, then the rows given for the year (they win). */
    private static Map<LocalDate, Holiday> provisionalYear(Data d, int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        for (Holiday h : d.rules().daysOff(year)) {
            days.put(h.date(), h);
        }
        days.putAll(d.daysOff().subMap(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31).plusDays(1)));
        return days;
    }

    /** Opens a configured location; a missing or unreadable one is a {@link HolidayFileException}. */
    static InputStream open(String location) {
        try {
            return ConfigLocations.open(location);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new HolidayFileException("calendar.file.unreadable", e, location, e.getMessage());
        }
    }

    /**
     * Reads CSV rows {@code date,kind,name} and {@code YEAR,lengkap,source}; '#' lines and blank lines are skipped;
     * the header row is optional.
     */
    private static final class Builder {
        private final TreeMap<LocalDate, Holiday> daysOff = new TreeMap<>();
        private final Map<Integer, String> complete = new TreeMap<>();
        private final SortedSet<Integer> partial = new TreeSet<>();

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
                throw new HolidayFileException("calendar.file.unreadable", e, source, e.getMessage());
            }
        }

        private void parseRow(String line, String source, int lineNo) {
            String[] cols = line.split(",", 3);
            if (cols.length < 2) {
                throw new HolidayFileException("calendar.row.columns", null, source, lineNo, line);
            }
            String first = unquote(cols[0]);
            String kindText = unquote(cols[1]);
            String name = cols.length > 2 ? unquote(cols[2]) : "";
            if (COMPLETE.equalsIgnoreCase(kindText)) {
                if (!first.matches("\\d{4}") || name.isBlank()) {
                    throw new HolidayFileException("calendar.row.complete", null, source, lineNo, line);
                }
                complete.put(Integer.parseInt(first), name);
                return;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(first);
            } catch (DateTimeParseException e) {
                throw new HolidayFileException("calendar.row.date", e, source, lineNo, line);
            }
            Holiday.Kind kind;
            try {
                kind = Holiday.Kind.parse(kindText);
            } catch (IllegalArgumentException e) {
                throw new HolidayFileException("calendar.row.kind", e, source, lineNo, line, kindText);
            }
            partial.add(date.getYear());
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

        WorkingDayCalendar build(ProvisionalRules rules) {
            if (complete.isEmpty()) {
                throw new HolidayFileException("calendar.empty", null);
            }
            SortedSet<Integer> incomplete = new TreeSet<>(partial);
            incomplete.removeAll(complete.keySet());
            if (!incomplete.isEmpty()) {
                LOG.warn("Holiday rows for {} without a 'YEAR,lengkap,source' row: those years stay provisional", incomplete);
            }
            return new WorkingDayCalendar(new Data(Collections.unmodifiableNavigableMap(new TreeMap<>(daysOff)),
                    Collections.unmodifiableSortedSet(new TreeSet<>(complete.keySet())),
                    Collections.unmodifiableMap(new TreeMap<>(complete)), rules, new ConcurrentHashMap<>()));
        }
    }
}
