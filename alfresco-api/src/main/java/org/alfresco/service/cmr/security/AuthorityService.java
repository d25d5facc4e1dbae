package org.alfresco.service.cmr.security;

import java.util.Set;

/** Declaration of Alfresco's {@code AuthorityService}: the members the module uses, in Alfresco's order. */
public interface AuthorityService {

    Set<String> getContainedAuthorities(AuthorityType type, String name, boolean immediate);
}
