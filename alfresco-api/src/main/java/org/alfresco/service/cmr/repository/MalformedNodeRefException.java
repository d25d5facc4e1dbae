package org.alfresco.service.cmr.repository;

import org.alfresco.error.AlfrescoRuntimeException;

/** Declaration of Alfresco's {@code MalformedNodeRefException} (alfresco-data-model): thrown by {@code new NodeRef(String)}. */
public class MalformedNodeRefException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedNodeRefException(String msgId) {
        super(msgId);
    }
}
