package org.alfresco.service.cmr.site;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code SiteService}: only the members the module uses (compile-only, never packaged). */
public interface SiteService {
    String DOCUMENT_LIBRARY = "documentLibrary";
    SiteInfo getSite(String arg0);
    SiteInfo getSite(NodeRef arg0);
    NodeRef createContainer(String arg0, String arg1, QName arg2, Map<QName,Serializable> arg3);
    NodeRef getContainer(String arg0, String arg1);
    String getSiteGroup(String arg0);
}
