package id.dkip.core.workflow;

import id.dkip.core.process.SopStep;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;
import org.activiti.engine.task.IdentityLink;
import org.activiti.engine.task.IdentityLinkType;
import org.activiti.engine.task.Task;

/**
 * Shared by {@link DkipReminderDelegate} and {@link DkipEscalationDelegate}, the service tasks behind a user task's
 * non-interrupting boundary timers (activity ids {@code <step>Pengingat} / {@code <step>Eskalasi}): finds the step's
 * open tasks, sends the notice and records it in the process history (dkipwf_notifikasi).
 */
abstract class DkipNoticeDelegate implements JavaDelegate {

    private final NotificationPort notifications;
    private final Notice.Kind kind;

    DkipNoticeDelegate(NotificationPort notifications, Notice.Kind kind) {
        this.notifications = Objects.requireNonNull(notifications, "notifications");
        this.kind = kind;
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
        notifications.send(notice);
        EngineSupport.append(execution, DkipVariables.NOTICES, notice.summary());
    }

}
