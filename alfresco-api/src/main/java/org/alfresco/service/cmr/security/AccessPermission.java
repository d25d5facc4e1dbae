package org.alfresco.service.cmr.security;

/** Declaration of Alfresco 26.1's {@code AccessPermission}: only the members the module uses (compile-only, never packaged). */
public interface AccessPermission {
    String getPermission();
    AccessStatus getAccessStatus();
    String getAuthority();
    boolean isSetDirectly();
}
