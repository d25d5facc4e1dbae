package org.alfresco.service.cmr.security;

/** Declaration of Alfresco 26.1's {@code AccessStatus}: only the members the module uses (compile-only, never packaged). */
public enum AccessStatus {
    DENIED, ALLOWED, UNDETERMINED;
}
