package org.alfresco.service.cmr.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alfresco.error.AlfrescoRuntimeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** StoreRef behaves as Alfresco 26.1's (alfresco-data-model) for the store references the module meets. */
class StoreRefTest {

    @ParameterizedTest
    @CsvSource({
            "workspace://SpacesStore, workspace, SpacesStore",
            "archive://SpacesStore, archive, SpacesStore",
            "workspace://version2Store, workspace, version2Store",
            "user://alfrescoUserStore, user, alfrescoUserStore",
            // only the first :// divides; the identifier keeps the rest
            "a://b://c, a, b://c",
            "workspace://, workspace, ''"
    })
    void parsesAtTheFirstUriFillerAndPrintsBack(String text, String protocol, String identifier) {
        StoreRef ref = new StoreRef(text);
        assertThat(ref.getProtocol()).isEqualTo(protocol);
        assertThat(ref.getIdentifier()).isEqualTo(identifier);
        assertThat(ref).hasToString(text);
        assertThat(ref).isEqualTo(new StoreRef(protocol, identifier));
        assertThat(ref.hashCode()).isEqualTo(protocol.hashCode() + identifier.hashCode());
    }

    @Test
    void constantsAreAlfrescosStores() {
        assertThat(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE).hasToString("workspace://SpacesStore");
        assertThat(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE).hasToString("archive://SpacesStore");
        assertThat(StoreRef.PROTOCOL_WORKSPACE).isEqualTo("workspace");
        assertThat(StoreRef.URI_FILLER).isEqualTo("://");
    }

    @Test
    void equalityNeedsBothParts() {
        StoreRef spaces = new StoreRef("workspace", "SpacesStore");
        assertThat(spaces).isEqualTo(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE)
                .isNotEqualTo(StoreRef.STORE_REF_ARCHIVE_SPACESSTORE)
                .isNotEqualTo(new StoreRef("workspace", "spacesstore"))
                .isNotEqualTo("workspace://SpacesStore")
                .isNotEqualTo(null);
    }

    @Test
    void rejectsWhatAlfrescoRejects() {
        assertThatThrownBy(() -> new StoreRef("workspace:/SpacesStore")).isInstanceOf(AlfrescoRuntimeException.class)
                .hasMessageContaining("workspace:/SpacesStore");
        assertThatThrownBy(() -> new StoreRef(null, "SpacesStore")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StoreRef("workspace", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
