package id.dkip.archfixture.leaky;

import id.dkip.alfresco.model.DkipModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/**
 * Deliberate violation for BoundaryRulesFailTest: a would-be core class that touches the Alfresco API and the
 * Alfresco shell. Lives in test sources only, outside id.dkip.core, so the real rules never see it.
 */
public class LeakyCoreClass {
    public QName aspectOf(NodeRef node) {
        return node == null ? null : DkipModel.ASPECT_DIKECUALIKAN;
    }
}
