package id.dkip.alfresco.workflow;

/** Registered as {@code ${DkipEscalationDelegate}} for the BPMN; runs {@link id.dkip.core.workflow.DkipEscalationDelegate}. */
public class DkipEscalationDelegate extends CoreDelegateBridge {
}
