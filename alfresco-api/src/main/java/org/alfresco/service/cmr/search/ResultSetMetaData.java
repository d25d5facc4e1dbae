package org.alfresco.service.cmr.search;

/** Declaration of Alfresco's {@code ResultSetMetaData} (no members used). */
public interface ResultSetMetaData {
}
