package org.alfresco.service.cmr.site;

import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code SiteInfo}: only the members the module uses (compile-only, never packaged). */
public interface SiteInfo {
    NodeRef getNodeRef();
    String getShortName();
}
