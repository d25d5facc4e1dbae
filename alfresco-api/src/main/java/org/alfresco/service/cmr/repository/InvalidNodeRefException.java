package org.alfresco.service.cmr.repository;

/** Declaration of Alfresco 26.1's {@code InvalidNodeRefException}: only the members the module uses (compile-only, never packaged). */
public class InvalidNodeRefException extends RuntimeException {
    public InvalidNodeRefException(NodeRef arg0) {
        throw new UnsupportedOperationException();
    }
}
