package id.dkip.alfresco.workflow;

/** Registered as {@code ${DkipPenetapanDelegate}} for the BPMN; runs {@link id.dkip.core.workflow.DkipPenetapanDelegate}. */
public class DkipPenetapanDelegate extends CoreDelegateBridge {
}
