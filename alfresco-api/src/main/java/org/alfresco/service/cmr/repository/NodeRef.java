package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/**
 * Declaration of Alfresco's {@code NodeRef} (alfresco-data-model): {@code protocol://identifier/id}, parsed,
 * printed and compared as Alfresco does.
 */
public final class NodeRef implements EntityRef, Serializable {
    private static final long serialVersionUID = 1L;
    private static final String URI_FILLER = "/";

    private final StoreRef storeRef;
    private final String id;

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

    public NodeRef(String protocol, String identifier, String id) {
        this(new StoreRef(protocol, identifier), id);
    }

    public NodeRef(String nodeRef) {
        int lastForwardSlash = nodeRef.lastIndexOf('/');
        if (lastForwardSlash == -1) {
            throw new IllegalArgumentException("Invalid node ref - does not contain forward slash: " + nodeRef);
        }
        this.storeRef = new StoreRef(nodeRef.substring(0, lastForwardSlash));
        this.id = nodeRef.substring(lastForwardSlash + 1);
    }

    @Override
    public String toString() {
        return storeRef + URI_FILLER + id;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof NodeRef that && id.equals(that.id) && storeRef.equals(that.storeRef);
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

    /** True when the string has the form {@code protocol://identifier/id}. */
    public static boolean isNodeRef(String nodeRefString) {
        if (nodeRefString == null) {
            return false;
        }
        int filler = nodeRefString.indexOf(StoreRef.URI_FILLER);
        return filler > 0 && nodeRefString.lastIndexOf('/') > filler + StoreRef.URI_FILLER.length();
    }
}
