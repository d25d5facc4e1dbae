package id.dkip.core.workflow;

import id.dkip.core.process.SopStep;
import java.time.Instant;
import java.util.List;

/**
 * A reminder before a step's due date or an escalation after it.
 *
 * @param kind              reminder or escalation
 * @param step              the step concerned
 * @param processInstanceId the run
 * @param taskIds           the step's open tasks when the notice went out
 * @param recipients        the groups told: the tasks' candidate groups for a reminder; the Pengelola Data and the
 *                          Atasan PPID for an escalation
 * @param due               the step's due instant
 * @param at                when the notice went out (engine time)
 */
public record Notice(Kind kind, SopStep step, String processInstanceId, List<String> taskIds, List<String> recipients,
                     Instant due, Instant at) {

    public enum Kind { REMINDER, ESCALATION }

    public Notice {
        taskIds = List.copyOf(taskIds);
        recipients = List.copyOf(recipients);
    }

    /** One line for the process history (variable dkipwf_notifikasi). */
    public String summary() {
        return (kind == Kind.REMINDER ? "PENGINGAT" : "ESKALASI") + " langkah " + step.number() + " (" + step.key()
                + ") kepada " + String.join(", ", recipients) + "; tenggat " + due + "; dikirim " + at;
    }
}
