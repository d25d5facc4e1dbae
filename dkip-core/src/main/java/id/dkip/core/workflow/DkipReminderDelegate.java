package id.dkip.core.workflow;

/** Behind a task's reminder timer: tells the assignee (or the candidate group) that the step is due soon. */
public class DkipReminderDelegate extends DkipNoticeDelegate {

    public DkipReminderDelegate(NotificationPort notifications) {
        super(notifications, Notice.Kind.REMINDER);
    }
}
