package org.alfresco.service.cmr.security;

import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code AuthorityService}: only the members the module uses (compile-only, never packaged). */
public interface AuthorityService {
    java.util.Set<String> getContainedAuthorities(AuthorityType arg0, String arg1, boolean arg2);
    java.util.Set<String> getAuthorities();
    boolean authorityExists(String arg0);
    NodeRef getAuthorityNodeRef(String arg0);
}
