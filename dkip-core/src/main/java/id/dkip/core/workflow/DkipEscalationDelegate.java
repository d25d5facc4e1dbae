package id.dkip.core.workflow;

/** Behind a task's escalation timer: tells the Pengelola Data and the Atasan PPID that the step is overdue. */
public class DkipEscalationDelegate extends DkipNoticeDelegate {

    public DkipEscalationDelegate(NotificationPort notifications, java.time.ZoneId zone) {
        super(notifications, Notice.Kind.ESCALATION, zone);
    }
}
