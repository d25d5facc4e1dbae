package id.dkip.alfresco.workflow;

import id.dkip.core.workflow.Notice;
import id.dkip.core.workflow.NotificationPort;
import java.util.ArrayList;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Sends reminders and escalations by e-mail with Alfresco's "mail" action to the groups concerned, after commit and
 * ignoring send failures (the recorded line in dkipwf_notifikasi and the reminder on the task are kept by the core
 * in any case). Off with dkip.workflow.notify.enabled=false.
 */
public class AlfrescoNotifications implements NotificationPort, InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(AlfrescoNotifications.class);
    /** MailActionExecuter.PARAM_SEND_AFTER_COMMIT. */
    static final String SEND_AFTER_COMMIT = "send_after_commit";
    /** MailActionExecuter.PARAM_IGNORE_SEND_FAILURE. */
    static final String IGNORE_SEND_FAILURE = "ignore_send_failure";

    private ActionService actionService;
    private boolean enabled = true;
    private String subjectPrefix = "[DKIP]";

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setSubjectPrefix(String subjectPrefix) {
        this.subjectPrefix = subjectPrefix;
    }

    @Override
    public void afterPropertiesSet() {
        ActivitiBeanRegistration.mandatory("dkip.workflow.notifications", "actionService", actionService);
    }

    @Override
    public void send(Notice notice) {
        LOG.info("DKIP {}", notice.summary());
        if (!enabled || notice.recipients().isEmpty()) {
            return;
        }
        Action mail = actionService.createAction("mail");
        mail.setParameterValue("to_many", new ArrayList<>(notice.recipients()));
        mail.setParameterValue("subject", subjectPrefix + " " + (notice.kind() == Notice.Kind.REMINDER
                ? "Pengingat tenggat" : "Eskalasi keterlambatan") + " langkah " + notice.step().number());
        mail.setParameterValue("text", notice.summary());
        // MailActionExecuter (ACS 26.1): sent after the timer job's transaction commits, and a failed send is logged,
        // not thrown, so a missing mail server can neither roll back the job nor stop later reminders.
        mail.setParameterValue(SEND_AFTER_COMMIT, true);
        mail.setParameterValue(IGNORE_SEND_FAILURE, true);
        actionService.executeAction(mail, null);
    }
}
