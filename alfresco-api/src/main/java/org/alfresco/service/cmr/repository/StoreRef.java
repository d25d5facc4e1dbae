package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/**
 * Declaration of Alfresco's {@code StoreRef} (alfresco-data-model): {@code protocol://identifier}, parsed and
 * compared as Alfresco does.
 */
public final class StoreRef implements EntityRef, Serializable {
    private static final long serialVersionUID = 1L;

    public static final String PROTOCOL_WORKSPACE = "workspace";
    public static final String URI_FILLER = "://";
    public static final StoreRef STORE_REF_WORKSPACE_SPACESSTORE = new StoreRef(PROTOCOL_WORKSPACE, "SpacesStore");

    private final String protocol;
    private final String identifier;

    public StoreRef(String protocol, String identifier) {
        if (protocol == null) {
            throw new IllegalArgumentException("Store protocol may not be null");
        }
        if (identifier == null) {
            throw new IllegalArgumentException("Store identifier may not be null");
        }
        this.protocol = protocol;
        this.identifier = identifier;
    }

    public StoreRef(String string) {
        int index = string.indexOf(URI_FILLER);
        if (index == -1) {
            throw new IllegalArgumentException("Invalid store ref: Does not contain " + URI_FILLER + " " + string);
        }
        this.protocol = string.substring(0, index);
        this.identifier = string.substring(index + URI_FILLER.length());
    }

    @Override
    public String toString() {
        return protocol + URI_FILLER + identifier;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof StoreRef that && protocol.equals(that.protocol) && identifier.equals(that.identifier);
    }

    @Override
    public int hashCode() {
        return protocol.hashCode() + identifier.hashCode();
    }

    public String getProtocol() {
        return protocol;
    }

    public String getIdentifier() {
        return identifier;
    }
}
