package id.dkip.alfresco.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.documents.DocumentFormat;
import id.dkip.core.documents.DocumentKind;
import id.dkip.core.documents.GeneratedDocument;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.cmr.version.VersionType;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class DocumentNodeWriterTest {
    private static final NodeRef FOLDER = new NodeRef("workspace://SpacesStore/folder-1");
    private static final NodeRef PACKAGE = new NodeRef("workspace://SpacesStore/package-1");
    private static final NodeRef DOC = new NodeRef("workspace://SpacesStore/doc-1");

    private final NodeService nodeService = mock(NodeService.class);
    private final ContentService contentService = mock(ContentService.class);
    private final VersionService versionService = mock(VersionService.class);
    private final ContentWriter contentWriter = mock(ContentWriter.class);
    private final DocumentNodeWriter writer = new DocumentNodeWriter();
    private final GeneratedDocument ba = new GeneratedDocument(DocumentKind.BERITA_ACARA, DocumentFormat.DOCX,
            "berita-acara-rapat-2021-04-28.docx", new byte[]{1, 2, 3});
    private final QName assocName = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, ba.fileName());

    @BeforeEach
    void setUp() {
        writer.setNodeService(nodeService);
        writer.setContentService(contentService);
        writer.setVersionService(versionService);
        writer.afterPropertiesSet();
        when(contentService.getWriter(DOC, ContentModel.PROP_CONTENT, true)).thenReturn(contentWriter);
        when(versionService.createVersion(eq(DOC), anyMap())).thenReturn(mock(Version.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void firstGenerationCreatesATypedVersionableNodeWithAMinorVersionAndLinksItIntoThePackage() throws Exception {
        when(nodeService.createNode(eq(FOLDER), eq(ContentModel.ASSOC_CONTAINS), eq(assocName),
                eq(DkipModel.TYPE_BERITA_ACARA), anyMap()))
                .thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, FOLDER, assocName, DOC));
        when(nodeService.getChildAssocs(PACKAGE, WorkflowModel.ASSOC_PACKAGE_CONTAINS, assocName)).thenReturn(List.of());

        NodeRef node = writer.write(ba, FOLDER, PACKAGE, Map.of(DkipModel.PROP_KUORUM_TERPENUHI, true), false,
                "Rancangan setelah rapat");

        assertThat(node).isEqualTo(DOC);
        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).createNode(eq(FOLDER), eq(ContentModel.ASSOC_CONTAINS), eq(assocName),
                eq(DkipModel.TYPE_BERITA_ACARA), props.capture());
        assertThat(props.getValue()).containsEntry(ContentModel.PROP_NAME, ba.fileName())
                .containsEntry(DkipModel.PROP_FINAL, false).containsEntry(DkipModel.PROP_KUORUM_TERPENUHI, true);

        ArgumentCaptor<Map<QName, Serializable>> versionable = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).addAspect(eq(DOC), eq(ContentModel.ASPECT_VERSIONABLE), versionable.capture());
        assertThat(versionable.getValue()).containsEntry(ContentModel.PROP_AUTO_VERSION, false)
                .containsEntry(ContentModel.PROP_AUTO_VERSION_PROPS, false)
                .containsEntry(ContentModel.PROP_INITIAL_VERSION, false);

        ArgumentCaptor<InputStream> content = ArgumentCaptor.forClass(InputStream.class);
        InOrder order = inOrder(contentWriter, versionService, nodeService);
        order.verify(contentWriter).setMimetype(DocumentFormat.DOCX.mimeType());
        order.verify(contentWriter).putContent(content.capture());
        ArgumentCaptor<Map<String, Serializable>> version = ArgumentCaptor.forClass(Map.class);
        order.verify(versionService).createVersion(eq(DOC), version.capture());
        order.verify(nodeService).addChild(PACKAGE, DOC, WorkflowModel.ASSOC_PACKAGE_CONTAINS, assocName);
        assertThat(((ByteArrayInputStream) content.getValue()).readAllBytes()).containsExactly(1, 2, 3);
        assertThat(version.getValue()).containsEntry(DocumentNodeWriter.VERSION_TYPE, VersionType.MINOR)
                .containsEntry(Version.PROP_DESCRIPTION, "Rancangan setelah rapat");
    }

    @Test
    @SuppressWarnings("unchecked")
    void regenerationWritesANewVersionOfTheSameNodeAndAFinalIsMajor() {
        when(nodeService.getChildByName(FOLDER, ContentModel.ASSOC_CONTAINS, ba.fileName())).thenReturn(DOC);
        when(nodeService.hasAspect(DOC, ContentModel.ASPECT_VERSIONABLE)).thenReturn(true);
        when(nodeService.getChildAssocs(PACKAGE, WorkflowModel.ASSOC_PACKAGE_CONTAINS, assocName))
                .thenReturn(List.of(new ChildAssociationRef(WorkflowModel.ASSOC_PACKAGE_CONTAINS, PACKAGE, assocName, DOC)));

        writer.write(ba, FOLDER, PACKAGE, null, true, null);

        verify(nodeService, never()).createNode(any(), any(), any(), any(), anyMap());
        verify(nodeService, never()).addAspect(any(), any(), anyMap());
        verify(nodeService, never()).addChild(any(NodeRef.class), any(), any(), any()); // already in the package
        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).addProperties(eq(DOC), props.capture());
        assertThat(props.getValue()).containsEntry(DkipModel.PROP_FINAL, true);
        ArgumentCaptor<Map<String, Serializable>> version = ArgumentCaptor.forClass(Map.class);
        verify(versionService).createVersion(eq(DOC), version.capture());
        assertThat(version.getValue()).containsEntry(DocumentNodeWriter.VERSION_TYPE, VersionType.MAJOR)
                .doesNotContainKey(Version.PROP_DESCRIPTION);
        verify(contentWriter).putContent(any(InputStream.class));
    }

    @Test
    void withoutAPackageNothingIsLinked() {
        when(nodeService.getChildByName(FOLDER, ContentModel.ASSOC_CONTAINS, ba.fileName())).thenReturn(DOC);
        when(nodeService.hasAspect(DOC, ContentModel.ASPECT_VERSIONABLE)).thenReturn(true);
        writer.write(ba, FOLDER, null, Map.of(), false, "x");
        verify(nodeService, never()).addChild(any(NodeRef.class), any(), any(), any());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void everyKindHasItsType(DocumentKind kind) {
        QName expected = switch (kind) {
            case DKIP -> QName.createQName(DkipModel.URI, "dokumenDkip");
            case BERITA_ACARA -> QName.createQName(DkipModel.URI, "beritaAcara");
            case SURAT_KEPUTUSAN -> QName.createQName(DkipModel.URI, "suratKeputusan");
            case UJI_KONSEKUENSI -> QName.createQName(DkipModel.URI, "lembarUjiKonsekuensi");
        };
        assertThat(DocumentNodeWriter.typeOf(kind)).isEqualTo(expected);
    }

    @Test
    void aMissingCollaboratorFailsAtStartUp() {
        DocumentNodeWriter bare = new DocumentNodeWriter();
        bare.setNodeService(nodeService);
        assertThatThrownBy(bare::afterPropertiesSet).hasMessageContaining("contentService");
    }
}
