package id.dkip.core.legal;

import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The dates an exemption runs by: its expiry (from the period and its start) and its review date. PerKI 1/2021:
 * the PPID re-designates an exemption no later than <b>30 working days</b> before its period ends; the number is
 * configurable ({@code dkip.legal.reviewWorkingDays}) in case the rule changes.
 */
public final class ExemptionDates {

    /** PerKI 1/2021: re-designation no later than 30 working days before expiry. */
    public static final int DEFAULT_REVIEW_WORKING_DAYS = 30;

    private final WorkingDayCalendar calendar;
    private final int reviewWorkingDays;

    public ExemptionDates(WorkingDayCalendar calendar) {
        this(calendar, DEFAULT_REVIEW_WORKING_DAYS);
    }

    public ExemptionDates(WorkingDayCalendar calendar, int reviewWorkingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        if (reviewWorkingDays < 0) {
            throw new IllegalArgumentException("reviewWorkingDays must be >= 0, was " + reviewWorkingDays);
        }
        this.reviewWorkingDays = reviewWorkingDays;
    }

    /** The date the period counts from: the period start, else the decree (SK) date. */
    public static Optional<LocalDate> start(DkipEntry entry) {
        return Optional.ofNullable(entry.periodStart() != null ? entry.periodStart() : entry.skDate());
    }

    /**
     * The day the information opens: the first day it is no longer exempt. The expiry job opens a document on this
     * day, never earlier. "s.d./sampai (dengan) 31 Desember 2026" is inclusive: the 31st is the last exempt day, so
     * it opens on 1 January 2027. "N tahun" counts whole years from the start: it opens on the anniversary of the
     * start day; from 29 February the anniversary in a common year is 1 March (28 February is still inside the
     * year). Event-bound and permanent periods have none. When the entry has no usable period (none or
     * unreadable), an expiry date entered by hand is returned as is (it is the opening day).
     */
    public Optional<LocalDate> expiry(DkipEntry entry) {
        ExemptionPeriod period = entry.period();
        if (period == null || period.kind() == ExemptionPeriod.Kind.UNSPECIFIED) {
            return Optional.ofNullable(entry.expiryDate());
        }
        return switch (period.kind()) {
            case UNTIL_DATE -> Optional.ofNullable(period.untilDate()).map(last -> last.plusDays(1));
            case YEARS -> period.years() == null ? Optional.empty() : start(entry).map(s -> anniversary(s, period.years()));
            default -> Optional.empty();
        };
    }

    /** The start day {@code years} later; a 29 February start falls on 1 March in a common year. */
    static LocalDate anniversary(LocalDate start, int years) {
        LocalDate d = start.plusYears(years);
        return d.getDayOfMonth() < start.getDayOfMonth() ? d.plusDays(1) : d;
    }

    /**
     * The last day to re-designate: {@code reviewWorkingDays} working days before {@code expiry}.
     *
     * @throws id.dkip.core.calendar.CalendarRangeException when the holiday data does not cover the dates involved
     */
    public LocalDate reviewDate(LocalDate expiry) {
        return calendar.subtractWorkingDays(Objects.requireNonNull(expiry, "expiry"), reviewWorkingDays);
    }

    /**
     * The review date, also for an expiry years ahead whose SKB 3 Menteri dates are not published yet: the standard
     * calendar then computes it provisionally (weekends and fixed-date holidays), see {@link #reviewDateMarked} for
     * the flag to store beside it. Empty only with a strict calendar (no provisional rules) that lacks the year.
     */
    public Optional<LocalDate> reviewDateIfCovered(LocalDate expiry) {
        Objects.requireNonNull(expiry, "expiry");
        try {
            return Optional.of(reviewDate(expiry));
        } catch (id.dkip.core.calendar.CalendarRangeException e) {
            return Optional.empty(); // a strict calendar without the year
        }
    }

    /** The review date and whether it is provisional (a day it looked at lies in a year without its decree). */
    public id.dkip.core.calendar.ComputedDate reviewDateMarked(LocalDate expiry) {
        return calendar.subtractWorkingDaysMarked(Objects.requireNonNull(expiry, "expiry"), reviewWorkingDays);
    }

    /** The review date of an entry that expires on a date. */
    public Optional<LocalDate> reviewDate(DkipEntry entry) {
        return expiry(entry).map(this::reviewDate);
    }

    public int reviewWorkingDays() {
        return reviewWorkingDays;
    }
}
