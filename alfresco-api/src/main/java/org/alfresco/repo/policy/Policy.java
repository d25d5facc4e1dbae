package org.alfresco.repo.policy;

import org.alfresco.service.namespace.NamespaceService;

/** Declaration of Alfresco 26.1's {@code Policy}: only the members the module uses (compile-only, never packaged). */
public interface Policy {
    String NAMESPACE = NamespaceService.ALFRESCO_URI;
}
