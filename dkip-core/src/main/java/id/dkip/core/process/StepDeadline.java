package id.dkip.core.process;

import java.time.Instant;
import java.time.LocalDate;

/**
 * When a step started and when it is due, with the instants of its reminder and escalation.
 *
 * @param step       the SOP step
 * @param startDate  the day the step started (a working day or not)
 * @param dueDate    the last working day allowed (start + maxDays working days)
 * @param due        the end of the due day, the instant set as the task's due date
 * @param reminder   when the assignee is reminded (before the due date; never before the start)
 * @param escalation when the Pengelola Data and the Atasan PPID are told the step is overdue (the next working day)
 * @param provisional true when the due date was counted over a year whose SKB 3 Menteri decree is not loaded
 */
public record StepDeadline(SopStep step, LocalDate startDate, LocalDate dueDate, Instant due, Instant reminder,
                           Instant escalation, boolean provisional) {
}
