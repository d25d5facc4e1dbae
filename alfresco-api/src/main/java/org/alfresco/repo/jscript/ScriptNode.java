package org.alfresco.repo.jscript;

import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.NamespacePrefixResolverProvider;

/** Declaration of Alfresco's {@code ScriptNode}: how workflow variables carry nodes (ActivitiScriptNode extends it). */
public class ScriptNode implements Scopeable, NamespacePrefixResolverProvider {

    public NodeRef getNodeRef() {
        throw new UnsupportedOperationException("declaration only");
    }
}
