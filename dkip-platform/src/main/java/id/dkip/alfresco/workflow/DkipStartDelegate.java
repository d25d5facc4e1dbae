package id.dkip.alfresco.workflow;

/** Registered as {@code ${DkipStartDelegate}} for the BPMN; runs {@link id.dkip.core.workflow.DkipStartDelegate}. */
public class DkipStartDelegate extends CoreDelegateBridge {
}
