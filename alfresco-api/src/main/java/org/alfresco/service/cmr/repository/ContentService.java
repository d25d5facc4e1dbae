package org.alfresco.service.cmr.repository;

import org.alfresco.service.cmr.dictionary.InvalidTypeException;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code ContentService}: only the members the module uses (compile-only, never packaged). */
public interface ContentService {
    ContentWriter getWriter(NodeRef arg0, QName arg1, boolean arg2) throws InvalidNodeRefException, InvalidTypeException;
}
