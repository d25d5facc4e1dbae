package id.dkip.alfresco.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.extraction.ExtractionLimits;
import id.dkip.core.extraction.LegalCellParser;
import id.dkip.core.extraction.MatrixImporter;
import id.dkip.core.extraction.fixtures.MatrixFiles;
import id.dkip.core.extraction.fixtures.MatrixFixture;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.model.ContentModel;
import org.alfresco.model.DataListModel;
import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuter;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import id.dkip.alfresco.archive.RegisterRowUnits;
import id.dkip.alfresco.archive.UnitRefusedException;
import id.dkip.core.access.UnitGroups;
import id.dkip.core.access.UnitSites;
import java.util.Set;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class MatrixImportActionExecuterTest {
    private static final NodeRef SITE = new NodeRef("workspace://SpacesStore/site-yankes");
    private static final NodeRef LIBRARY = new NodeRef("workspace://SpacesStore/documentLibrary");
    private static final NodeRef MATRIX = new NodeRef("workspace://SpacesStore/matriks");
    private static final NodeRef CONTAINER = new NodeRef("workspace://SpacesStore/dataLists");
    private static final NodeRef OTHER_LIST = new NodeRef("workspace://SpacesStore/tugas");
    private static final NodeRef DKIP_LIST = new NodeRef("workspace://SpacesStore/dkip");
    private static final QName FOLDER = QName.createQName("http://www.alfresco.org/model/content/1.0", "folder");

    private final NodeService nodeService = mock(NodeService.class);
    private final ContentService contentService = mock(ContentService.class);
    private final ContentReader reader = mock(ContentReader.class);
    private final EntryNodeMapper mapper = mock(EntryNodeMapper.class);
    private final Action action = mock(Action.class);
    private final SiteService siteService = mock(SiteService.class);
    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final MatrixImportActionExecuter executer = new MatrixImportActionExecuter();
    private int created;

    @BeforeEach
    void setUp() {
        executer.setNodeService(nodeService);
        executer.setContentService(contentService);
        executer.setImporter(new MatrixImporter(LegalCellParser.standard(), ExtractionLimits.defaults()));
        executer.setEntryMapper(mapper);
        RegisterRowUnits rowUnits = new RegisterRowUnits();
        rowUnits.setSiteService(siteService);
        rowUnits.setAuthorityService(authorityService);
        rowUnits.setUnitGroups(UnitGroups.standard());
        rowUnits.setUnitSites(UnitSites.parse("YANKES=dinkes-yankes"));
        rowUnits.afterPropertiesSet();
        executer.setRowUnits(rowUnits);
        executer.afterPropertiesSet();
        // the site's DKIP list is in site dinkes-yankes (SiteService.getSite: nearest st:site ancestor); other lists in none
        SiteInfo yankes = mock(SiteInfo.class);
        when(yankes.getShortName()).thenReturn("dinkes-yankes");
        when(siteService.getSite(DKIP_LIST)).thenReturn(yankes);
        when(authorityService.authorityExists(anyString())).thenAnswer(i -> Set.of("GROUP_DKIP_PPID_YANKES", "GROUP_DKIP_PPID_SDK")
                .contains(i.<String>getArgument(0)));
        when(nodeService.exists(any())).thenReturn(true);
        when(nodeService.getProperty(MATRIX, ContentModel.PROP_NAME)).thenReturn("matriks-yankes.docx");
        when(contentService.getReader(MATRIX, ContentModel.PROP_CONTENT)).thenReturn(reader);
        when(reader.exists()).thenReturn(true);
        // site -> documentLibrary -> matrix; site -> dataLists -> {tasks list, DKIP list}
        when(nodeService.getType(MATRIX)).thenReturn(ContentModel.PROP_CONTENT);
        when(nodeService.getType(LIBRARY)).thenReturn(FOLDER);
        when(nodeService.getType(SITE)).thenReturn(SiteModel.TYPE_SITE);
        when(nodeService.getPrimaryParent(MATRIX)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, LIBRARY, null, MATRIX));
        when(nodeService.getPrimaryParent(LIBRARY)).thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, SITE, null, LIBRARY));
        when(nodeService.getChildByName(SITE, ContentModel.ASSOC_CONTAINS, "dataLists")).thenReturn(CONTAINER);
        when(nodeService.getChildAssocs(CONTAINER)).thenReturn(List.of(
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CONTAINER, null, OTHER_LIST),
                new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, CONTAINER, null, DKIP_LIST)));
        when(nodeService.getType(OTHER_LIST)).thenReturn(DataListModel.TYPE_DATALIST);
        when(nodeService.getType(DKIP_LIST)).thenReturn(DataListModel.TYPE_DATALIST);
        when(nodeService.getProperty(OTHER_LIST, DataListModel.PROP_DATALIST_ITEM_TYPE)).thenReturn("dl:task");
        when(nodeService.getProperty(DKIP_LIST, DataListModel.PROP_DATALIST_ITEM_TYPE)).thenReturn("dkip:itemDkip");
        when(nodeService.createNode(eq(DKIP_LIST), eq(ContentModel.ASSOC_CONTAINS), any(), eq(DkipModel.TYPE_ITEM_DKIP), anyMap()))
                .thenAnswer(inv -> new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, DKIP_LIST, inv.getArgument(2),
                        new NodeRef("workspace://SpacesStore/item-" + (++created))));
    }

    @Test
    void rowsBecomeItemsOfTheSitesDkipList() {
        when(reader.getContentInputStream()).thenReturn(new ByteArrayInputStream(MatrixFiles.docx(MatrixFixture.lombokTengah(), true)));

        executer.executeImpl(action, MATRIX);

        verify(nodeService, times(4)).createNode(eq(DKIP_LIST), eq(ContentModel.ASSOC_CONTAINS), any(), eq(DkipModel.TYPE_ITEM_DKIP), anyMap());
        ArgumentCaptor<DkipEntry> entries = ArgumentCaptor.forClass(DkipEntry.class);
        verify(mapper, times(4)).write(any(NodeRef.class), entries.capture());
        assertThat(entries.getAllValues()).extracting(DkipEntry::information).endsWith("Data dan isi rekam medis pasien");
        assertThat(entries.getAllValues()).extracting(DkipEntry::status).containsOnly(EntryStatus.USULAN);
        assertThat(entries.getAllValues().get(3).grounds()).contains("17h");
        // the site's unit and group, set by the system whatever unit the matrix names
        assertThat(entries.getAllValues()).extracting(DkipEntry::unitCode).containsOnly("YANKES");
        assertThat(entries.getAllValues()).extracting(DkipEntry::ppidPembantu).containsOnly("GROUP_DKIP_PPID_YANKES");
        ArgumentCaptor<String> result = ArgumentCaptor.forClass(String.class);
        verify(action).setParameterValue(eq(ActionExecuter.PARAM_RESULT), result.capture());
        // the language follows I18NUtil.getLocale(): "4 baris diimpor dari ..." or "4 rows imported from ..."
        assertThat(result.getValue()).startsWith("4 ").contains("matriks-yankes.docx (tabel 2)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void periodsInMonthsAndFromAnEventReachTheNodesProperties() {
        // the real mapper this time: what the node receives is what Alfresco stores
        executer.setEntryMapper(new EntryNodeMapper(nodeService, java.time.ZoneId.of("Asia/Jakarta")));
        MatrixFixture matrix = new MatrixFixture("Daftar Informasi yang Dikecualikan - BKPSDM (uji)",
                List.of(List.of("No", "Informasi", "Dasar Hukum", "Jangka Waktu")),
                List.of(List.of("1", "Berkas pemeriksaan pelanggaran disiplin pegawai", "UU 14/2008 Pasal 17 huruf h", "5 tahun setelah keputusan disiplin"),
                        List.of("2", "Hasil asesmen kompetensi pegawai", "UU 14/2008 Pasal 17 huruf h", "6 bulan")));
        when(reader.getContentInputStream()).thenReturn(new ByteArrayInputStream(MatrixFiles.xlsx(matrix)));

        executer.executeImpl(action, MATRIX);

        ArgumentCaptor<java.util.Map<QName, java.io.Serializable>> props = ArgumentCaptor.forClass(java.util.Map.class);
        verify(nodeService, times(2)).addAspect(any(), eq(DkipModel.ASPECT_DIKECUALIKAN), props.capture());
        assertThat(props.getAllValues().get(0)).containsEntry(DkipModel.PROP_JANGKA_WAKTU_TAHUN, 5)
                .containsEntry(DkipModel.PROP_PERISTIWA_AWAL, "keputusan disiplin");
        assertThat(props.getAllValues().get(1)).containsEntry(DkipModel.PROP_JANGKA_WAKTU_BULAN, 6)
                .containsEntry(DkipModel.PROP_JANGKA_WAKTU_TAHUN, null);
    }

    @Test
    void explicitDataListAndUnitCode() {
        NodeRef chosen = new NodeRef("workspace://SpacesStore/pilihan");
        when(nodeService.getType(chosen)).thenReturn(DataListModel.TYPE_DATALIST);
        when(action.getParameterValue(MatrixImportActionExecuter.PARAM_DATA_LIST)).thenReturn(chosen);
        when(action.getParameterValue(MatrixImportActionExecuter.PARAM_UNIT_CODE)).thenReturn("YANKES");
        when(nodeService.createNode(eq(chosen), any(), any(), any(), anyMap()))
                .thenReturn(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, chosen, null, new NodeRef("workspace://SpacesStore/x")));
        when(reader.getContentInputStream()).thenReturn(new ByteArrayInputStream(MatrixFiles.xlsx(MatrixFixture.banyumas())));

        executer.executeImpl(action, MATRIX);

        ArgumentCaptor<DkipEntry> entries = ArgumentCaptor.forClass(DkipEntry.class);
        verify(mapper, times(2)).write(any(NodeRef.class), entries.capture());
        assertThat(entries.getAllValues()).extracting(DkipEntry::unitCode).containsOnly("YANKES");
        // set by the system from the unit's configured group, so the rows reach the workflow's per-unit queries
        assertThat(entries.getAllValues()).extracting(DkipEntry::ppidPembantu).containsOnly("GROUP_DKIP_PPID_YANKES");
        verify(nodeService, never()).getPrimaryParent(any());
    }

    @Test
    void outsideASiteAnUnknownUnitRefusesTheFileBeforeAnyRowIsWritten() {
        NodeRef chosen = new NodeRef("workspace://SpacesStore/pilihan");
        when(nodeService.getType(chosen)).thenReturn(DataListModel.TYPE_DATALIST);
        when(action.getParameterValue(MatrixImportActionExecuter.PARAM_DATA_LIST)).thenReturn(chosen);
        when(action.getParameterValue(MatrixImportActionExecuter.PARAM_UNIT_CODE)).thenReturn("YANKS");
        when(reader.getContentInputStream()).thenReturn(new ByteArrayInputStream(MatrixFiles.xlsx(MatrixFixture.banyumas())));

        assertThatThrownBy(() -> executer.executeImpl(action, MATRIX)).isInstanceOf(UnitRefusedException.class)
                .hasMessageContaining("Kode unit 'YANKS' tidak dikenal").hasMessageContaining("Unknown unit code");
        verify(nodeService, never()).createNode(any(), any(), any(), any(), anyMap());
        verify(mapper, never()).write(any(), any());
    }

    @Test
    void fileWithoutMatrixWritesNothing() {
        when(reader.getContentInputStream()).thenReturn(new ByteArrayInputStream(MatrixFiles.docxWithoutMatrix()));

        assertThatThrownBy(() -> executer.executeImpl(action, MATRIX)).isInstanceOf(AlfrescoRuntimeException.class)
                .hasMessageContaining("matriks-yankes.docx");
        verify(nodeService, never()).createNode(any(), any(), any(), any(), anyMap());
        verify(mapper, never()).write(any(), any());
    }

    @Test
    void noDkipListInTheSiteIsAClearError() {
        when(nodeService.getProperty(DKIP_LIST, DataListModel.PROP_DATALIST_ITEM_TYPE)).thenReturn("dl:issue");
        when(reader.getContentInputStream()).thenReturn(new ByteArrayInputStream(MatrixFiles.docx(MatrixFixture.banyumas())));

        assertThatThrownBy(() -> executer.executeImpl(action, MATRIX)).isInstanceOf(AlfrescoRuntimeException.class)
                .hasMessageContaining("dkip:itemDkip").hasMessageContaining("daftar-data");
        verify(nodeService, never()).createNode(any(), any(), any(), any(), anyMap());
    }

    @Test
    void runningTwiceOnTheSameFileWritesTheRowsOnce() {
        // the data list as the mocked repository holds it: every created item with the properties the mapper wrote
        List<ChildAssociationRef> items = new ArrayList<>();
        java.util.Map<NodeRef, DkipEntry> written = new java.util.HashMap<>();
        org.mockito.Mockito.doAnswer(inv -> {
            NodeRef item = inv.getArgument(0);
            DkipEntry entry = inv.getArgument(1);
            written.put(item, entry);
            items.add(new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, DKIP_LIST, null, item));
            when(nodeService.getProperty(item, DkipModel.PROP_UNIT_KODE)).thenReturn(entry.unitCode());
            // stored as an officer might have retyped it: case and spacing differ, still the same row
            when(nodeService.getProperty(item, DkipModel.PROP_INFORMASI))
                    .thenReturn("  " + entry.information().toUpperCase(java.util.Locale.ROOT).replace(" ", "   ") + " ");
            return null;
        }).when(mapper).write(any(NodeRef.class), any(DkipEntry.class));
        when(nodeService.getChildAssocs(DKIP_LIST, java.util.Set.of(DkipModel.TYPE_ITEM_DKIP))).thenAnswer(inv -> List.copyOf(items));
        when(reader.getContentInputStream())
                .thenAnswer(inv -> new ByteArrayInputStream(MatrixFiles.docx(MatrixFixture.lombokTengah(), true)));

        executer.executeImpl(action, MATRIX);
        executer.executeImpl(action, MATRIX);

        assertThat(written).hasSize(4);
        verify(nodeService, times(4)).createNode(eq(DKIP_LIST), eq(ContentModel.ASSOC_CONTAINS), any(), eq(DkipModel.TYPE_ITEM_DKIP), anyMap());
        ArgumentCaptor<String> result = ArgumentCaptor.forClass(String.class);
        verify(action, times(2)).setParameterValue(eq(ActionExecuter.PARAM_RESULT), result.capture());
        assertThat(result.getAllValues().get(0)).startsWith("4 ").doesNotContain("4 baris sudah ada").doesNotContain("4 rows already");
        assertThat(result.getAllValues().get(1)).startsWith("0 ").containsAnyOf("4 baris sudah ada dan dilewati", "4 rows already in the list skipped");
    }

    @Test
    void theDuplicateKeyIsEntryValidatorsNormalisation() {
        assertThat(MatrixImportActionExecuter.key(" YANKES ", "Rekam  medis\tpasien "))
                .isEqualTo(MatrixImportActionExecuter.key("yankes", "rekam medis pasien"))
                .isNotEqualTo(MatrixImportActionExecuter.key("SDK", "rekam medis pasien"));
        assertThat(MatrixImportActionExecuter.key(null, "a")).isEqualTo(MatrixImportActionExecuter.key("", " A"));
    }

    @Test
    void declaresItsTwoOptionalParameters() {
        List<ParameterDefinition> params = new ArrayList<>();
        executer.addParameterDefinitions(params);
        assertThat(params).extracting(ParameterDefinition::getName).containsExactly("daftar-data", "kode-unit");
        assertThat(params).noneMatch(ParameterDefinition::isMandatory);
        assertThat(((ParameterDefinitionImpl) params.get(0)).getDisplayLabel()).isEqualTo("daftar-data");
    }
}
