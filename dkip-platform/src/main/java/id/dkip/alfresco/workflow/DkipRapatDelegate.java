package id.dkip.alfresco.workflow;

/** Registered as {@code ${DkipRapatDelegate}} for the BPMN; runs {@link id.dkip.core.workflow.DkipRapatDelegate}. */
public class DkipRapatDelegate extends CoreDelegateBridge {
}
