package org.alfresco.service.cmr.security;

import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code OwnableService}: only the members the module uses (compile-only, never packaged). */
public interface OwnableService {
    String getOwner(NodeRef arg0);
    void setOwner(NodeRef arg0, String arg1);
}
