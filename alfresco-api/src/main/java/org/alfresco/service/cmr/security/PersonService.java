package org.alfresco.service.cmr.security;

import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code PersonService}: only the members the module uses (compile-only, never packaged). */
public interface PersonService {

    NodeRef getPersonOrNull(String userName);
}
