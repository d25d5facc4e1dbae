package org.alfresco.service.cmr.search;

/** Declaration of Alfresco's {@code ResultSetRow} (no members used). */
public interface ResultSetRow {
}
