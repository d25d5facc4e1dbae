package org.alfresco.service.cmr.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** NodeRef behaves as Alfresco 26.1's (alfresco-data-model) for the node references the module meets. */
class NodeRefTest {
    private static final String UUID = "5f1f6c1e-6b0a-4c61-9d2a-0c8e0f3a2b11";

    @ParameterizedTest
    @CsvSource({
            "workspace://SpacesStore/" + UUID + ", workspace, SpacesStore, " + UUID,
            "archive://SpacesStore/" + UUID + ", archive, SpacesStore, " + UUID,
            "workspace://version2Store/" + UUID + ", workspace, version2Store, " + UUID,
            // Alfresco's own constant TaggingService.TAG_ROOT_NODE_REF: the id may contain a colon
            "workspace://SpacesStore/tag:tag-root, workspace, SpacesStore, tag:tag-root",
            // the id is what follows the LAST slash
            "a://b/c/d, a, b/c, d"
    })
    void parsesAtTheLastSlashAndPrintsBack(String text, String protocol, String identifier, String id) {
        NodeRef ref = new NodeRef(text);
        assertThat(ref.getStoreRef()).isEqualTo(new StoreRef(protocol, identifier));
        assertThat(ref.getId()).isEqualTo(id);
        assertThat(ref).hasToString(text);
        assertThat(ref).isEqualTo(new NodeRef(protocol, identifier, id))
                .isEqualTo(new NodeRef(new StoreRef(protocol, identifier), id));
        assertThat(ref.hashCode()).isEqualTo(id.hashCode());
    }

    @Test
    void theSameIdInAnotherStoreIsAnotherNode() {
        NodeRef live = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, UUID);
        NodeRef archived = new NodeRef(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE, UUID);
        assertThat(live).isNotEqualTo(archived).isNotEqualTo(live.toString());
        assertThat(live.hashCode()).isEqualTo(archived.hashCode()); // Alfresco hashes the id only
        Set<NodeRef> set = new HashSet<>(Set.of(live, archived));
        assertThat(set).hasSize(2).contains(new NodeRef("workspace://SpacesStore/" + UUID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"workspace://SpacesStore/" + UUID, "a://b/c", "workspace://SpacesStore/tag:tag-root", "x://y/z/"})
    void recognisesNodeRefShapes(String text) {
        assertThat(NodeRef.isNodeRef(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", UUID, "workspace://SpacesStore", "workspace://SpacesStore/", "://SpacesStore/x",
            "workspace:/SpacesStore/x", "workspace:///x"})
    void rejectsOtherStrings(String text) {
        assertThat(NodeRef.isNodeRef(text)).isFalse();
    }

    @Test
    void malformedStringsFailAsInAlfresco() {
        assertThatThrownBy(() -> new NodeRef(UUID)).isInstanceOf(MalformedNodeRefException.class).hasMessageContaining(UUID);
        assertThatThrownBy(() -> new NodeRef((StoreRef) null, UUID)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NodeRef.isNodeRef(null)).isInstanceOf(NullPointerException.class);
    }
}
