package id.dkip.core.workflow;

import id.dkip.core.calendar.CalendarMessages;
import id.dkip.core.calendar.ProvisionalDates;
import id.dkip.core.process.SopStep;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.IdentityLinkType;
import org.activiti.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared by {@link DkipReminderDelegate} and {@link DkipEscalationDelegate}, the service tasks behind a user task's
 * non-interrupting boundary timers (activity ids {@code <step>Pengingat} / {@code <step>Eskalasi}): finds the step's
 * open tasks, sends the notice and records it in the process history (dkipwf_notifikasi).
 */
abstract class DkipNoticeDelegate implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(DkipNoticeDelegate.class);
    static final String REMINDER_PREFIX = "PENGINGAT: ";
    private static final String SEPARATOR = " | ";

    private final NotificationPort notifications;
    private final Notice.Kind kind;
    private final ZoneId zone;

    DkipNoticeDelegate(NotificationPort notifications, Notice.Kind kind, ZoneId zone) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.kind = kind;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void execute(DelegateExecution execution) {
        String activityId = execution.getCurrentActivityId();
        SopStep step = DkipVariables.stepOfActivity(activityId);
        String taskKey = activityId.substring(0, activityId.length() - (kind == Notice.Kind.REMINDER ? "Pengingat" : "Eskalasi").length()) + "Task";
        List<Task> open = execution.getEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).list();
        List<String> taskIds = open.stream().map(Task::getId).toList();
        List<String> recipients = new ArrayList<>();
        if (kind == Notice.Kind.REMINDER) {
            for (Task t : open) {
                if (t.getAssignee() != null) {
                    recipients.add(t.getAssignee());
                    continue;
                }
                for (IdentityLink l : execution.getEngineServices().getTaskService().getIdentityLinksForTask(t.getId())) {
                    if (IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null && !recipients.contains(l.getGroupId())) {
                        recipients.add(l.getGroupId());
                    }
                }
            }
        } else {
            recipients.add(EngineSupport.string(execution, DkipVariables.PENGELOLA_GROUP_NAME));
            recipients.add(EngineSupport.string(execution, DkipVariables.ATASAN_GROUP_NAME));
            execution.setVariable(DkipVariables.ESCALATIONS, EngineSupport.intValue(execution, DkipVariables.ESCALATIONS) + 1);
        }
        Date due = (Date) execution.getVariable(DkipVariables.due(step));
        Notice notice = new Notice(kind, step, execution.getProcessInstanceId(), taskIds, recipients,
                due == null ? null : due.toInstant(), EngineSupport.now());
        if (kind == Notice.Kind.REMINDER) {
            showOnTasks(execution, open, due, Boolean.TRUE.equals(execution.getVariable(DkipVariables.dueProvisional(step))));
        }
        try {
            notifications.send(notice);
        } catch (RuntimeException e) {
            // A notice that cannot go out (no mail server...) must not undo the timer: it is recorded and on the task.
            LOG.warn("DKIP run {}: notice not sent ({}): {}", execution.getProcessInstanceId(), notice.summary(), e.toString());
        }
        EngineSupport.append(execution, DkipVariables.NOTICES, notice.summary());
    }

    /**
     * Where officers look: the reminder heads each open task's description (Alfresco shows it as the task's message
     * in My Tasks and the task list), replacing an earlier reminder line.
     */
    private void showOnTasks(DelegateExecution execution, List<Task> open, Date due, boolean provisional) {
        String line = REMINDER_PREFIX + (due == null ? "tugas ini mendekati tenggat." : dueText(due, provisional));
        for (Task t : open) {
            String description = t.getDescription() == null ? "" : t.getDescription();
            if (description.startsWith(REMINDER_PREFIX)) {
                int end = description.indexOf(SEPARATOR);
                description = end < 0 ? "" : description.substring(end + SEPARATOR.length());
            }
            t.setDescription(description.isEmpty() ? line : line + SEPARATOR + description);
            execution.getEngineServices().getTaskService().saveTask(t);
        }
    }

    /** "tenggat 04-01-2027." or, counted over a year without its decree, "tenggat 04-01-2027 (sementara). Tenggat ...". */
    private String dueText(Date due, boolean provisional) {
        java.time.LocalDate day = due.toInstant().atZone(zone).toLocalDate();
        String text = "tenggat " + ProvisionalDates.print(DateTimeFormatter.ofPattern("dd-MM-yyyy").format(day), provisional) + ".";
        return provisional ? text + " " + CalendarMessages.get(CalendarMessages.INDONESIAN, "calendar.dueProvisional", day.getYear()) : text;
    }
}
