package id.dkip.core.process;

import id.dkip.core.calendar.CalendarRangeException;
import id.dkip.core.calendar.ComputedDate;
import id.dkip.core.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes due dates in working days for the SOP's steps. A step started on day D is due at the end of the
 * working day D + maxDays (D excluded); the reminder goes out at {@code notifyHour} of the working day
 * {@code reminderDays} before the due day (never before the step started), the escalation at {@code notifyHour}
 * of the next working day after the due day.
 * <p>
 * A date beyond the holiday years the calendar knows cannot be counted exactly: rather than stopping a running
 * process, the schedule then counts Monday to Friday only and logs a warning asking the administrator to add the
 * year's holidays. Thread-safe.
 */
public final class SopSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(SopSchedule.class);

    private final WorkingDayCalendar calendar;
    private final StepDurations durations;
    private final ZoneId zone;
    private final int notifyHour;
    private final int reminderDays;

    public SopSchedule(WorkingDayCalendar calendar, StepDurations durations, ZoneId zone, int notifyHour,
                       int reminderDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.durations = Objects.requireNonNull(durations, "durations");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (notifyHour < 0 || notifyHour > 23) {
            throw new IllegalArgumentException("notifyHour must be 0-23, not " + notifyHour);
        }
        if (reminderDays < 0) {
            throw new IllegalArgumentException("reminderDays must be >= 0, not " + reminderDays);
        }
        this.notifyHour = notifyHour;
        this.reminderDays = reminderDays;
    }

    /** The SOP's times, the bundled calendar, Western Indonesia time, notices at 08:00, reminder 1 day before. */
    public static SopSchedule standard() {
        return new SopSchedule(WorkingDayCalendar.standard(), StepDurations.standard(), ZoneId.of("Asia/Jakarta"), 8, 1);
    }

    public StepDurations durations() {
        return durations;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The deadline of {@code step} started at {@code startedAt}. */
    public StepDeadline deadline(SopStep step, Instant startedAt) {
        LocalDate start = LocalDate.ofInstant(startedAt, zone);
        ComputedDate counted = dueDate(start, durations.maxDays(step));
        LocalDate dueDate = counted.date();
        Instant due = dueDate.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
        Instant reminder = subtractWorkingDays(dueDate, reminderDays).atTime(notifyHour, 0).atZone(zone).toInstant();
        if (!reminder.isAfter(startedAt)) {
            // Too short a step, or started on a weekend or after hours: remind at the first notice hour of a working
            // day after the start (at the latest on the due date), never the moment the task appears.
            Instant today = start.atTime(notifyHour, 0).atZone(zone).toInstant();
            LocalDate day = workingDay(start) && today.isAfter(startedAt) ? start : addWorkingDays(start, 1);
            reminder = (day.isAfter(dueDate) ? dueDate : day).atTime(notifyHour, 0).atZone(zone).toInstant();
        }
        Instant escalation = addWorkingDays(dueDate, 1).atTime(notifyHour, 0).atZone(zone).toInstant();
        return new StepDeadline(step, start, dueDate, due, reminder, escalation, counted.provisional());
    }

    /** The last day of the whole procedure if every step takes its maximum (start + total max working days). */
    public LocalDate plannedEnd(Instant startedAt) {
        return addWorkingDays(LocalDate.ofInstant(startedAt, zone), durations.totalMaxDays());
    }

    /** Working days between two instants (from excluded, to included), for tracking the total. */
    public int workingDaysBetween(Instant from, Instant to) {
        LocalDate a = LocalDate.ofInstant(from, zone);
        LocalDate b = LocalDate.ofInstant(to, zone);
        if (!b.isAfter(a)) {
            return 0;
        }
        try {
            return calendar.countWorkingDays(a, b);
        } catch (CalendarRangeException e) {
            warn(e);
            int n = 0;
            for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
                n += isWeekday(d) ? 1 : 0;
            }
            return n;
        }
    }

    /** The due date, marked provisional when counted over a year without its decree (or Monday-Friday only). */
    private ComputedDate dueDate(LocalDate start, int n) {
        try {
            return calendar.addWorkingDaysMarked(start, n);
        } catch (CalendarRangeException e) {
            return new ComputedDate(addWorkingDays(start, n), true);
        }
    }

    private LocalDate addWorkingDays(LocalDate start, int n) {
        try {
            return calendar.addWorkingDays(start, n);
        } catch (CalendarRangeException e) {
            warn(e);
            LocalDate d = start;
            for (int i = 0; i < n; ) {
                d = d.plusDays(1);
                i += isWeekday(d) ? 1 : 0;
            }
            return d;
        }
    }

    private LocalDate subtractWorkingDays(LocalDate date, int n) {
        try {
            return calendar.subtractWorkingDays(date, n);
        } catch (CalendarRangeException e) {
            warn(e);
            LocalDate d = date;
            for (int i = 0; i < n; ) {
                d = d.minusDays(1);
                i += isWeekday(d) ? 1 : 0;
            }
            return d;
        }
    }

    private boolean workingDay(LocalDate d) {
        try {
            return calendar.isWorkingDay(d);
        } catch (CalendarRangeException e) {
            warn(e);
            return isWeekday(d);
        }
    }

    private static boolean isWeekday(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static void warn(CalendarRangeException e) {
        LOG.warn("Working-day calendar has no holidays for this date; counting Monday-Friday only. "
                + "Add the year's holidays (dkip.calendar.*). {}", e.getMessage());
    }
}
