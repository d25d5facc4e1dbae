package id.dkip.core.workflow;

/** Behind a task's reminder timer: tells the assignee (or the candidate group) that the step is due soon. */
public class DkipReminderDelegate extends DkipNoticeDelegate {

    public DkipReminderDelegate(NotificationPort notifications, java.time.ZoneId zone) {
        super(notifications, Notice.Kind.REMINDER, zone);
    }
}
