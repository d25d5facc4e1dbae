package org.alfresco.service.cmr.repository;

import org.alfresco.service.cmr.dictionary.InvalidTypeException;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code ContentService} (alfresco-repository): the members the module uses. */
public interface ContentService {
    ContentReader getReader(NodeRef nodeRef, QName propertyQName) throws InvalidNodeRefException, InvalidTypeException;
}
