package id.dkip.core.workflow;

/** Sends reminders and escalations (Alfresco: e-mail and a notice in the recipients' inbox; core: recorded). */
public interface NotificationPort {

    void send(Notice notice);
}
