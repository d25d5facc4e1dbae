package org.alfresco.service.cmr.search;

import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code ResultSetSPI}: only the members the module uses (compile-only, never packaged). */
public interface ResultSetSPI {
    int length();
    void close();
    List<NodeRef> getNodeRefs();
    boolean hasMore();
}
