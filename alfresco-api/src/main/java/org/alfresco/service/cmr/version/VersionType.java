package org.alfresco.service.cmr.version;

/** Declaration of Alfresco 26.1's {@code VersionType}: only the members the module uses (compile-only, never packaged). */
public enum VersionType {
    MAJOR, MINOR
}
