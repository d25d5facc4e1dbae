package org.alfresco.service.cmr.repository;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * Declaration of Alfresco's {@code NodeRef} (alfresco-data-model): {@code protocol://identifier/id}. Parsing
 * (the id is what follows the last slash), {@code equals}, {@code hashCode} (the id's), {@code toString} and
 * {@code isNodeRef} behave as Alfresco's (see NodeRefTest).
 */
public final class NodeRef implements EntityRef, Serializable {
    private static final long serialVersionUID = 1L;
    /** Something, "://", something, "/", something: the shape Alfresco accepts. */
    private static final Pattern NODE_REF_SHAPE = Pattern.compile(".+://.+/.+");

    private final StoreRef storeRef;
    private final String id;

    public NodeRef(String protocol, String identifier, String id) {
        this(new StoreRef(protocol, identifier), id);
    }

    public NodeRef(StoreRef storeRef, String id) {
        if (storeRef == null) {
            throw new IllegalArgumentException("Store reference may not be null");
        }
        if (id == null) {
            throw new IllegalArgumentException("Node id may not be null");
        }
        this.storeRef = storeRef;
        this.id = id;
    }

    public NodeRef(String nodeRef) {
        int slash = nodeRef.lastIndexOf('/');
        if (slash < 0) {
            throw new MalformedNodeRefException("Invalid node ref - does not contain forward slash: " + nodeRef);
        }
        this.storeRef = new StoreRef(nodeRef.substring(0, slash));
        this.id = nodeRef.substring(slash + 1);
    }

    @Override
    public String toString() {
        return storeRef + "/" + id;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof NodeRef other && id.equals(other.id) && storeRef.equals(other.storeRef);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public StoreRef getStoreRef() {
        return storeRef;
    }

    public String getId() {
        return id;
    }

    /** Whether the string has the shape of a node reference; like Alfresco's, null is not accepted. */
    public static boolean isNodeRef(String nodeRef) {
        return NODE_REF_SHAPE.matcher(nodeRef).matches();
    }
}
