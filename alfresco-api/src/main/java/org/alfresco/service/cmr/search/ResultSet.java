package org.alfresco.service.cmr.search;

/** Declaration of Alfresco's {@code ResultSet}. */
public interface ResultSet extends ResultSetSPI<ResultSetRow, ResultSetMetaData> {
}
