package id.dkip.alfresco.workflow;

/** Registered as {@code ${DkipRancanganDelegate}} for the BPMN; runs {@link id.dkip.core.workflow.DkipRancanganDelegate}. */
public class DkipRancanganDelegate extends CoreDelegateBridge {
}
