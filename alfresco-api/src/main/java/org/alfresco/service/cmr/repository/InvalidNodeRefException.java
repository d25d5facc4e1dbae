package org.alfresco.service.cmr.repository;

/** Declaration of Alfresco's {@code InvalidNodeRefException} (alfresco-data-model). */
public class InvalidNodeRefException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final NodeRef nodeRef;

    public InvalidNodeRefException(NodeRef nodeRef) {
        this("Invalid node: " + nodeRef, nodeRef);
    }

    public InvalidNodeRefException(String msg, NodeRef nodeRef) {
        super(msg);
        this.nodeRef = nodeRef;
    }

    public InvalidNodeRefException(String msg, NodeRef nodeRef, Throwable cause) {
        super(msg, cause);
        this.nodeRef = nodeRef;
    }

    public NodeRef getNodeRef() {
        return nodeRef;
    }
}
