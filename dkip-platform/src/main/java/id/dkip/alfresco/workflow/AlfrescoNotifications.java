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
 * Sends reminders and escalations by e-mail with Alfresco's "mail" action to the groups concerned (the recorded line
 * in dkipwf_notifikasi is kept by the core in any case). Off with dkip.workflow.notify.enabled=false.
 */
public class AlfrescoNotifications implements NotificationPort, InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(AlfrescoNotifications.class);

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
        actionService.executeAction(mail, null);
    }
}
