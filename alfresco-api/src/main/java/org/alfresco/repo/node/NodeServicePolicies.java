package org.alfresco.repo.node;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.repo.policy.ClassPolicy;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code NodeServicePolicies}: only the policies the module binds (compile-only, never packaged). */
public interface NodeServicePolicies {

    /** Declaration of {@code NodeServicePolicies.OnUpdatePropertiesPolicy}. */
    interface OnUpdatePropertiesPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onUpdateProperties");

        void onUpdateProperties(NodeRef arg0, Map<QName, Serializable> arg1, Map<QName, Serializable> arg2);
    }

    /** Declaration of {@code NodeServicePolicies.OnAddAspectPolicy}. */
    interface OnAddAspectPolicy extends ClassPolicy {
        QName QNAME = QName.createQName(NamespaceService.ALFRESCO_URI, "onAddAspect");

        void onAddAspect(NodeRef arg0, QName arg1);
    }
}
