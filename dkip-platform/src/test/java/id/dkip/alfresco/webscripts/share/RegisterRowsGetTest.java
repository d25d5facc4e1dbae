package id.dkip.alfresco.webscripts.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.model.DataListModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.junit.jupiter.api.Test;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

/** The register page's and the entry picker's rows: filters, readable labels, bounds. */
class RegisterRowsGetTest {

    final SiteService siteService = mock(SiteService.class);
    final NodeService nodeService = mock(NodeService.class);
    final EntryNodeMapper mapper = mock(EntryNodeMapper.class);
    final RegisterRowsGet webScript = new RegisterRowsGet();
    final NodeRef container = new NodeRef("workspace://SpacesStore/dl");
    final NodeRef list = new NodeRef("workspace://SpacesStore/list");
    final NodeRef r1 = new NodeRef("workspace://SpacesStore/6f1c2d3e-guid-1");
    final NodeRef r2 = new NodeRef("workspace://SpacesStore/6f1c2d3e-guid-2");

    RegisterRowsGetTest() {
        webScript.setSiteService(siteService);
        webScript.setNodeService(nodeService);
        webScript.setEntryMapper(mapper);
        webScript.afterPropertiesSet();
        when(siteService.getSite("yankes")).thenReturn(mock(SiteInfo.class));
        when(siteService.getContainer("yankes", "dataLists")).thenReturn(container);
        ChildAssociationRef listAssoc = mock(ChildAssociationRef.class);
        when(listAssoc.getChildRef()).thenReturn(list);
        when(nodeService.getChildAssocs(container, Set.of(DataListModel.TYPE_DATALIST))).thenReturn(List.of(listAssoc));
        when(nodeService.getProperty(list, DataListModel.PROP_DATALIST_ITEM_TYPE)).thenReturn("dkip:itemDkip");
        ChildAssociationRef a1 = mock(ChildAssociationRef.class), a2 = mock(ChildAssociationRef.class);
        when(a1.getChildRef()).thenReturn(r1);
        when(a2.getChildRef()).thenReturn(r2);
        when(nodeService.getChildAssocs(list, Set.of(DkipModel.TYPE_ITEM_DKIP))).thenReturn(List.of(a2, a1));
        when(nodeService.getProperty(r1, DkipModel.PROP_NOMOR_URUT)).thenReturn(1);
        when(nodeService.getProperty(r2, DkipModel.PROP_NOMOR_URUT)).thenReturn(2);
        // r1 named by RegisterRowNameBehaviour (with the suffix of a name taken in its list); r2 saved before it
        // existed, still named by the GUID Share's TypeFormProcessor gave it
        when(nodeService.getProperty(r1, ContentModel.PROP_NAME)).thenReturn("1 - Rekam medis pasien (2)");
        when(nodeService.getProperty(r2, ContentModel.PROP_NAME)).thenReturn("0c8c1f3e-7f4a-4b8e-9d7e-2b1a3c4d5e6f");
        DkipEntry e1 = entry("Rekam   medis pasien", "YANKES", EntryStatus.DITETAPKAN, SecurityLevel.RAHASIA, "17h2", LocalDate.of(2030, 1, 1));
        DkipEntry e2 = entry("Dokumen pengadaan", "SEKRET", EntryStatus.USULAN, SecurityLevel.TERBATAS, "17b", null);
        when(mapper.read(r1)).thenReturn(e1);
        when(mapper.read(r2)).thenReturn(e2);
    }

    static DkipEntry entry(String info, String unit, EntryStatus status, SecurityLevel level, String ground, LocalDate expiry) {
        DkipEntry e = mock(DkipEntry.class);
        when(e.information()).thenReturn(info);
        when(e.unitCode()).thenReturn(unit);
        when(e.status()).thenReturn(status);
        when(e.securityLevel()).thenReturn(level);
        when(e.grounds()).thenReturn(List.of(ground));
        when(e.expiryDate()).thenReturn(expiry);
        return e;
    }

    @SuppressWarnings("unchecked")
    List<RegisterRowsGet.RowView> get(Map<String, String> params) {
        WebScriptRequest req = mock(WebScriptRequest.class);
        params.forEach((k, v) -> when(req.getParameter(k)).thenReturn(v));
        return (List<RegisterRowsGet.RowView>) webScript.executeImpl(req, new Status(), new Cache()).get("rows");
    }

    @Test
    void rowsAreLabelledByTheirReadableNameAndAGuidNamedRowByTheNameItWillGet() {
        assertThat(get(Map.of("site", "yankes"))).extracting(RegisterRowsGet.RowView::label)
                .containsExactly("1 - Rekam medis pasien (2)", "2 - Dokumen pengadaan");
    }

    @Test
    void filtersByUnitStatusLevelGroundExpiryAndText() {
        assertThat(get(Map.of("site", "yankes", "unit", "sekret"))).extracting(RegisterRowsGet.RowView::nodeRef).containsExactly(r2.toString());
        assertThat(get(Map.of("site", "yankes", "status", "ditetapkan"))).extracting(RegisterRowsGet.RowView::nodeRef).containsExactly(r1.toString());
        assertThat(get(Map.of("site", "yankes", "level", "Terbatas"))).hasSize(1);
        assertThat(get(Map.of("site", "yankes", "ground", "17h2"))).extracting(RegisterRowsGet.RowView::nodeRef).containsExactly(r1.toString());
        assertThat(get(Map.of("site", "yankes", "expiryBefore", "2031-01-01"))).extracting(RegisterRowsGet.RowView::nodeRef).containsExactly(r1.toString());
        assertThat(get(Map.of("site", "yankes", "expiryBefore", "2029-01-01"))).isEmpty();
        assertThat(get(Map.of("site", "yankes", "q", "MEDIS"))).hasSize(1);
        assertThat(get(Map.of("site", "yankes", "max", "1"))).hasSize(1);
    }

    @Test
    void badParametersAre400AndAnUnknownSite404() {
        for (Map<String, String> bad : List.of(Map.<String, String>of(), Map.of("site", "yankes", "expiryBefore", "1/1/2030"),
                Map.of("site", "yankes", "max", "0"), Map.of("site", "yankes", "max", "100000"))) {
            assertThatThrownBy(() -> get(bad)).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
        }
        assertThatThrownBy(() -> get(Map.of("site", "lain"))).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
    }
}
