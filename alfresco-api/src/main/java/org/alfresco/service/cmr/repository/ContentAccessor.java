package org.alfresco.service.cmr.repository;

/** Declaration of Alfresco 26.1's {@code ContentAccessor}: only the members the module uses (compile-only, never packaged). */
public interface ContentAccessor {
    void setMimetype(String arg0);
    void setEncoding(String arg0);
}
