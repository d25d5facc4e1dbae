package id.dkip.alfresco.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.extraction.ExtractionLimits;
import id.dkip.core.extraction.PersonalDataScanner;
import id.dkip.core.extraction.fixtures.HostileFiles;
import id.dkip.core.extraction.fixtures.MatrixFiles;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.action.executer.ActionExecuter;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class PersonalDataScanActionExecuterTest {
    private static final NodeRef DOC = new NodeRef("workspace://SpacesStore/kunjungan");

    private final NodeService nodeService = mock(NodeService.class);
    private final ContentService contentService = mock(ContentService.class);
    private final ContentReader reader = mock(ContentReader.class);
    private final Action action = mock(Action.class);
    private final PersonalDataScanActionExecuter executer = new PersonalDataScanActionExecuter();

    @BeforeEach
    void setUp() {
        executer.setNodeService(nodeService);
        executer.setContentService(contentService);
        executer.setScanner(new PersonalDataScanner(ExtractionLimits.defaults()));
        executer.afterPropertiesSet();
        when(nodeService.exists(DOC)).thenReturn(true);
        when(nodeService.getProperty(DOC, ContentModel.PROP_NAME)).thenReturn("kunjungan.pdf");
        when(contentService.getReader(DOC, ContentModel.PROP_CONTENT)).thenReturn(reader);
        when(reader.exists()).thenReturn(true);
    }

    private void content(byte[] bytes) {
        when(reader.getContentInputStream()).thenReturn(new ByteArrayInputStream(bytes));
    }

    @SuppressWarnings("unchecked")
    @Test
    void storesSuggestionsInTheScanAspect() {
        content(MatrixFiles.pdfText(List.of("Pasien Ny. Siti, NIK 3201125203900001, diagnosa HIV", "HP 0812-3456-7890")));

        executer.executeImpl(action, DOC);

        ArgumentCaptor<Map<QName, Serializable>> props = ArgumentCaptor.forClass(Map.class);
        verify(nodeService).addAspect(eq(DOC), eq(DkipModel.ASPECT_SARAN_PEMINDAIAN), props.capture());
        assertThat((List<String>) props.getValue().get(DkipModel.PROP_SARAN_PASAL17)).containsExactly("17h", "17h2");
        List<String> lines = (List<String>) props.getValue().get(DkipModel.PROP_TEMUAN_DATA_PRIBADI);
        assertThat(lines).hasSize(3).allSatisfy(l -> assertThat(l).startsWith("hal. 1, par. "));
        assertThat(String.join("\n", lines)).doesNotContain("3201125203900001").doesNotContain("3456-7890");
        assertThat(props.getValue().get(DkipModel.PROP_TANGGAL_PINDAI)).isInstanceOf(java.util.Date.class);
        assertThat(props.getValue().get(DkipModel.PROP_RINGKASAN_PINDAI)).isEqualTo("3 temuan: NIK 1, PHONE 1, HEALTH 1");
        verify(action).setParameterValue(ActionExecuter.PARAM_RESULT, "3 temuan: NIK 1, PHONE 1, HEALTH 1");
    }

    @Test
    void rescanUpdatesTheAspectItAlreadyHas() {
        content(MatrixFiles.pdfText(List.of("Tidak ada data pribadi di sini.")));
        when(nodeService.hasAspect(DOC, DkipModel.ASPECT_SARAN_PEMINDAIAN)).thenReturn(true);

        executer.executeImpl(action, DOC);

        verify(nodeService).addProperties(eq(DOC), anyMap());
        verify(nodeService, never()).addAspect(any(), any(), anyMap());
    }

    @Test
    void refusedDocumentFailsTheActionAndStoresNothing() {
        content(HostileFiles.encryptedPdf("rahasia"));

        assertThatThrownBy(() -> executer.executeImpl(action, DOC)).isInstanceOf(AlfrescoRuntimeException.class)
                .hasMessageContaining("kunjungan.pdf");
        verify(nodeService, never()).addAspect(any(), any(), anyMap());
        verify(nodeService, never()).addProperties(any(), anyMap());
    }

    @Test
    void nodeWithoutContentIsLeftAlone() {
        when(reader.exists()).thenReturn(false);

        executer.executeImpl(action, DOC);

        verify(nodeService, never()).addAspect(any(), any(), anyMap());
    }

    @Test
    void disabledDoesNothing() {
        executer.setEnabled(false);

        executer.executeImpl(action, DOC);

        verify(contentService, never()).getReader(any(), any());
    }

    @Test
    void missingCollaboratorFailsAtStartUp() {
        PersonalDataScanActionExecuter bare = new PersonalDataScanActionExecuter();
        bare.setNodeService(nodeService);
        assertThatThrownBy(bare::afterPropertiesSet).isInstanceOf(IllegalStateException.class).hasMessageContaining("contentService");
    }
}
