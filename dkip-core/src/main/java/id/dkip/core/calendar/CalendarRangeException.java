package id.dkip.core.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A date fell in a year for which no holiday data is loaded. The calendar never guesses: an administrator adds
 * the year's SKB 3 Menteri dates (see {@code dkip.calendar.extraHolidays}) and the computation works again.
 */
public class CalendarRangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LocalDate date;
    private final SortedSet<Integer> loadedYears;

    public CalendarRangeException(LocalDate date, SortedSet<Integer> loadedYears) {
        super("No holiday data for " + date + " (year " + date.getYear() + "): the working-day calendar has the years "
                + loadedYears + " loaded. Add the national holidays and cuti bersama of " + date.getYear()
                + " (SKB 3 Menteri) in a holiday file named by dkip.calendar.extraHolidays.");
        this.date = date;
        this.loadedYears = Collections.unmodifiableSortedSet(new TreeSet<>(loadedYears));
    }

    /** The date outside the loaded years. */
    public LocalDate getDate() {
        return date;
    }

    /** The years the calendar has data for. */
    public SortedSet<Integer> getLoadedYears() {
        return loadedYears;
    }
}
