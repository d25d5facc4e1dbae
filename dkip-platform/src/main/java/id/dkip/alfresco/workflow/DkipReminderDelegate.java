package id.dkip.alfresco.workflow;

/** Registered as {@code ${DkipReminderDelegate}} for the BPMN; runs {@link id.dkip.core.workflow.DkipReminderDelegate}. */
public class DkipReminderDelegate extends CoreDelegateBridge {
}
