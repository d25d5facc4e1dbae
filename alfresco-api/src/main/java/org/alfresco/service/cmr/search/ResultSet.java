package org.alfresco.service.cmr.search;

/** Declaration of Alfresco 26.1's {@code ResultSet}: only the members the module uses (compile-only, never packaged). */
public interface ResultSet extends ResultSetSPI {
}
