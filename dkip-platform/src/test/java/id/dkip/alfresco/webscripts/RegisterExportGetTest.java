package id.dkip.alfresco.webscripts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.documents.export.RegisterExporter;
import id.dkip.core.documents.export.RegisterJson;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.sample.SampleAgency;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.model.DataListModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.QName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

class RegisterExportGetTest {
    private static final NodeRef CONTAINER = new NodeRef("workspace://SpacesStore/datalists");
    private static final NodeRef DKIP_LIST = new NodeRef("workspace://SpacesStore/list-dkip");
    private static final NodeRef OTHER_LIST = new NodeRef("workspace://SpacesStore/list-todo");

    private final SiteService siteService = mock(SiteService.class);
    private final AuthorityService authorityService = mock(AuthorityService.class);
    private final NodeService nodeService = mock(NodeService.class);
    private final WebScriptRequest req = mock(WebScriptRequest.class);
    private final WebScriptResponse res = mock(WebScriptResponse.class);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final Map<NodeRef, DkipEntry> rows = new HashMap<>();
    private final RegisterExportGet webScript = new RegisterExportGet();
    private final List<DkipEntry> sample = SampleAgency.register().entries();

    @BeforeEach
    void setUp() throws Exception {
        EntryNodeMapper mapper = mock(EntryNodeMapper.class);
        when(mapper.read(any(NodeRef.class))).thenAnswer(inv -> rows.get(inv.getArgument(0, NodeRef.class)));
        webScript.setSiteService(siteService);
        webScript.setNodeService(nodeService);
        webScript.setEntryMapper(mapper);
        webScript.setExporter(new RegisterExporter());
        webScript.setAuthorityService(authorityService);
        webScript.setInternalGroups("GROUP_ALFRESCO_ADMINISTRATORS, GROUP_DKIP_PPID");
        webScript.afterPropertiesSet();
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_DKIP_PPID"));
        when(res.getOutputStream()).thenReturn(body);
        when(siteService.getSite("dinkes")).thenReturn(mock(SiteInfo.class));
        when(siteService.getContainer("dinkes", RegisterExportGet.DATA_LISTS)).thenReturn(CONTAINER);
        when(nodeService.getChildAssocs(CONTAINER, Set.of(DataListModel.TYPE_DATALIST))).thenReturn(List.of(
                child(CONTAINER, OTHER_LIST), child(CONTAINER, DKIP_LIST)));
        when(nodeService.getProperty(OTHER_LIST, DataListModel.PROP_DATALIST_ITEM_TYPE)).thenReturn("dl:todoList");
        when(nodeService.getProperty(DKIP_LIST, DataListModel.PROP_DATALIST_ITEM_TYPE)).thenReturn("dkip:itemDkip");
        // rows stored out of order: the export follows dkip:nomorUrut
        List<ChildAssociationRef> items = new java.util.ArrayList<>();
        for (int i = sample.size() - 1; i >= 0; i--) {
            NodeRef row = new NodeRef("workspace://SpacesStore/row-" + i);
            rows.put(row, sample.get(i));
            when(nodeService.getProperty(row, DkipModel.PROP_NOMOR_URUT)).thenReturn(i + 1);
            items.add(child(DKIP_LIST, row));
        }
        when(nodeService.getChildAssocs(DKIP_LIST, Set.of(DkipModel.TYPE_ITEM_DKIP))).thenReturn(items);
    }

    private static ChildAssociationRef child(NodeRef parent, NodeRef child) {
        return new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent,
                QName.createQName(DkipModel.URI, child.getId()), child);
    }

    private void params(String site, String format, String publicView) {
        when(req.getParameter("site")).thenReturn(site);
        when(req.getParameter("format")).thenReturn(format);
        when(req.getParameter("public")).thenReturn(publicView);
    }

    @Test
    void jsonExportOfEveryRowInOrder() throws Exception {
        params("dinkes", "json", null);
        webScript.execute(req, res);
        verify(res).setStatus(200);
        verify(res).setContentType("application/json;charset=UTF-8");
        verify(res).setHeader(org.mockito.ArgumentMatchers.eq("Content-Disposition"),
                org.mockito.ArgumentMatchers.matches("attachment; filename=\"dkip-dinkes-\\d{4}-\\d{2}-\\d{2}\\.json\""));
        assertThat(RegisterJson.read(new ByteArrayInputStream(body.toByteArray())).entries())
                .containsExactlyElementsOf(sample);
        verify(nodeService, never()).getChildAssocs(OTHER_LIST, Set.of(DkipModel.TYPE_ITEM_DKIP));
    }

    @Test
    void publicCsvLeavesOutExemptedContent() throws Exception {
        params("dinkes", "CSV", "true");
        webScript.execute(req, res);
        String csv = body.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNo,Unit Kerja,Informasi yang Dikecualikan,Dasar Hukum Pengecualian,");
        assertThat(csv).contains(sample.get(0).information()).doesNotContain(sample.get(0).consequenceIfOpened(),
                "Laporan realisasi anggaran", "HIV");
        verify(res).setHeader(org.mockito.ArgumentMatchers.eq("Content-Disposition"),
                org.mockito.ArgumentMatchers.contains("-publik-"));
    }

    @Test
    void xlsxExportOpens() throws Exception {
        params("dinkes", "xlsx", "false");
        webScript.execute(req, res);
        verify(res).setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(body.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(sample.size());
        }
    }

    @Test
    void aSiteMemberWithoutAPpidRoleGetsThePublicViewWhateverTheyAsk() throws Exception {
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_site_dinkes_SiteCollaborator"));
        params("dinkes", "csv", "false");
        webScript.execute(req, res);
        String csv = body.toString(StandardCharsets.UTF_8);
        assertThat(csv).doesNotContain(sample.get(0).consequenceIfOpened(), "HIV");
        verify(res).setHeader(org.mockito.ArgumentMatchers.eq("Content-Disposition"), org.mockito.ArgumentMatchers.contains("-publik-"));
    }

    @Test
    void aUnitsPpidPembantuGetsTheInternalRegister() throws Exception {
        when(authorityService.getAuthorities()).thenReturn(Set.of("GROUP_EVERYONE", "GROUP_DKIP_PPID_YANKES"));
        params("dinkes", "csv", null);
        webScript.execute(req, res);
        assertThat(body.toString(StandardCharsets.UTF_8)).contains(sample.get(0).consequenceIfOpened());
    }

    @Test
    void aFailingExportAnswers500WithoutTouchingTheResponseStream() throws Exception {
        RegisterExporter broken = mock(RegisterExporter.class);
        when(broken.export(any(java.util.Iterator.class), any(), org.mockito.ArgumentMatchers.anyBoolean(), any()))
                .thenThrow(new NoClassDefFoundError("com/fasterxml/jackson/datatype/jsr310/JavaTimeModule"));
        webScript.setExporter(broken);
        params("dinkes", "json", null);
        WebScriptException e = catchThrowableOfType(WebScriptException.class, () -> webScript.execute(req, res));
        assertThat(e.getStatus()).isEqualTo(500);
        verify(res, never()).getOutputStream(); // Surf can still render its error page
        verify(res, never()).setStatus(200);
    }

    @Test
    void unknownFormatIs400() {
        params("dinkes", "pdf", null);
        WebScriptException e = catchThrowableOfType(WebScriptException.class, () -> webScript.execute(req, res));
        assertThat(e.getStatus()).isEqualTo(400);
        assertThat(e.getMessage()).contains("xlsx, csv or json");
        verify(siteService, never()).getSite(any(String.class));
    }

    @Test
    void missingSiteOrBadPublicFlagIs400() {
        params(null, "json", null);
        assertThat(catchThrowableOfType(WebScriptException.class, () -> webScript.execute(req, res)).getStatus())
                .isEqualTo(400);
        params("dinkes", "json", "yes");
        assertThat(catchThrowableOfType(WebScriptException.class, () -> webScript.execute(req, res)).getStatus())
                .isEqualTo(400);
    }

    @Test
    void unknownSiteIs404AndWritesNothing() throws Exception {
        params("tidak-ada", "json", null);
        WebScriptException e = catchThrowableOfType(WebScriptException.class, () -> webScript.execute(req, res));
        assertThat(e.getStatus()).isEqualTo(404);
        assertThat(e.getMessage()).contains("tidak-ada");
        verify(res, never()).getOutputStream();
    }

    @Test
    void aSiteWithoutDataListsExportsAnEmptyRegister() throws Exception {
        when(siteService.getSite("kosong")).thenReturn(mock(SiteInfo.class));
        params("kosong", "json", null);
        webScript.execute(req, res);
        assertThat(RegisterJson.read(new ByteArrayInputStream(body.toByteArray())).entries()).isEmpty();
    }
}
