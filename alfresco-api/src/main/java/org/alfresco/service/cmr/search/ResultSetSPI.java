package org.alfresco.service.cmr.search;

import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco's {@code ResultSetSPI}: the members the module uses, in Alfresco's order. */
public interface ResultSetSPI<ROW extends ResultSetRow, MD extends ResultSetMetaData> extends Iterable<ROW> {

    void close();

    List<NodeRef> getNodeRefs();
}
