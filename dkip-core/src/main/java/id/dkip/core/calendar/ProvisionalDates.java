package id.dkip.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How hosts keep a working-day date that was computed provisionally (its year's SKB 3 Menteri decree not loaded):
 * store {@link ComputedDate#provisional()} beside the date, under the names below, and recompute when
 * {@link #stillProvisional} turns false after the decree is loaded.
 * <p>
 * The names the hosts use: node property {@value #NODE_PROPERTY} (d:boolean on dkip:dikecualikan, beside
 * dkip:tanggalTinjau) and task variable {@value #TASK_VARIABLE} (task-local, beside bpm:dueDate; property
 * dkipwf:tanggalSementara). Documents and exports print a provisional date followed by {@value #MARK_ID}.
 */
public final class ProvisionalDates {

    /** Content-model property: the node's review date (dkip:tanggalTinjau) is provisional. */
    public static final String NODE_PROPERTY = "dkip:tanggalSementara";
    /** Task-local workflow variable: the task's due date is provisional. */
    public static final String TASK_VARIABLE = "dkipwf_tanggalSementara";
    /** How documents mark a provisional date: "12 Maret 2036 (sementara)". */
    public static final String MARK_ID = "(sementara)";

    private final WorkingDayCalendar calendar;

    public ProvisionalDates(WorkingDayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** A due date {@code n} working days after {@code start}, marked. */
    public ComputedDate dueDate(LocalDate start, int n) {
        return calendar.addWorkingDaysMarked(start, n);
    }

    /** A date {@code n} working days before {@code date} (the review date before an expiry), marked. */
    public ComputedDate before(LocalDate date, int n) {
        return calendar.subtractWorkingDaysMarked(date, n);
    }

    /**
     * Whether a stored date computed between {@code a} and {@code b} (the start and the result, either order) is
     * still provisional with the calendar as loaded now. A host that stored {@code provisional = true} and gets
     * {@code false} here recomputes the date (and clears the flag): the decree has been loaded meanwhile.
     */
    public boolean stillProvisional(LocalDate a, LocalDate b) {
        return calendar.anyProvisional(a, b);
    }

    /** The date as documents print it: "12 Maret 2036", followed by " (sementara)" when provisional. */
    public static String print(String formattedDate, boolean provisional) {
        return provisional ? formattedDate + " " + MARK_ID : formattedDate;
    }
}
