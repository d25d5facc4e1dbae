package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.access.UnitGroups;
import id.dkip.core.access.UnitSites;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.model.DataListModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.site.SiteModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * The unit of a register row is the system's: a row typed into a unit's site gets the site's unit whatever was
 * typed, and a row whose unit is unknown or undeterminable is refused before commit instead of silently missing
 * step 2 (which finds a unit's rows by its PPID Pembantu group).
 */
class RegisterRowPpidBehaviourTest {

    /** The groups that exist in the repository (AuthorityService.authorityExists). */
    static final Set<String> GROUPS = Set.of("GROUP_PPID_SEKRETARIAT", "GROUP_DKIP_PPID_YANKES", "GROUP_DKIP_PPID_P2P");

    final FakeRepository repo = new FakeRepository();
    final SiteService siteService = mock(SiteService.class);
    final AuthorityService authorityService = mock(AuthorityService.class);
    final RegisterRowPpidBehaviour behaviour = new RegisterRowPpidBehaviour();
    final RegisterRowUnits rowUnits = new RegisterRowUnits();

    RegisterRowPpidBehaviourTest() {
        // SiteService.getSite(NodeRef) as Alfresco's SiteServiceImpl answers: the nearest st:site ancestor, or null
        when(siteService.getSite(any(NodeRef.class))).thenAnswer(i -> {
            for (NodeRef n = i.getArgument(0); n != null; n = repo.parents.get(n)) {
                if (SiteModel.TYPE_SITE.equals(repo.types.get(n))) {
                    SiteInfo site = mock(SiteInfo.class);
                    when(site.getShortName()).thenReturn(repo.name(n));
                    when(site.getNodeRef()).thenReturn(n);
                    return site;
                }
            }
            return null;
        });
        when(authorityService.authorityExists(anyString())).thenAnswer(i -> GROUPS.contains(i.<String>getArgument(0)));
        rowUnits.setSiteService(siteService);
        rowUnits.setAuthorityService(authorityService);
        rowUnits.setUnitGroups(UnitGroups.parse("SEKRET=GROUP_PPID_SEKRETARIAT", UnitGroups.DEFAULT_PATTERN));
        rowUnits.setUnitSites(UnitSites.parse("YANKES=dinkes-yankes;SEKRET=dinkes-sekretariat"));
        rowUnits.afterPropertiesSet();
        behaviour.setPolicyComponent(mock(PolicyComponent.class));
        behaviour.setNodeService(repo.nodeService);
        behaviour.setSystemWork(repo.model);
        behaviour.setRowUnits(rowUnits);
        behaviour.afterPropertiesSet();
    }

    /** A row in the DKIP data list of site {@code site} (null: a data list outside any site). */
    NodeRef row(String site) {
        NodeRef parent = null;
        if (site != null) {
            NodeRef s = repo.node(site, SiteModel.TYPE_SITE, null);
            parent = repo.node("dataLists", ContentModel.TYPE_FOLDER, s);
        }
        NodeRef list = repo.node("DKIP", DataListModel.TYPE_DATALIST, parent);
        return repo.node("r1", DkipModel.TYPE_ITEM_DKIP, list);
    }

    /** A form save: the properties change, then the behaviour runs before commit as Alfresco calls it. */
    private void save(NodeRef row, Map<QName, Serializable> props) {
        Map<QName, Serializable> before = new HashMap<>(repo.properties.get(row));
        repo.properties.get(row).putAll(props);
        behaviour.onUpdateProperties(row, before, new HashMap<>(repo.properties.get(row)));
    }

    private Serializable prop(NodeRef row, QName p) {
        return repo.properties.get(row).get(p);
    }

    @Test
    void aRowInAUnitsSiteGetsTheSitesUnitAndGroupWhateverWasTyped() {
        NodeRef row = row("dinkes-yankes");
        save(row, Map.of(DkipModel.PROP_UNIT_KODE, "YANKS", DkipModel.PROP_INFORMASI, "Rekam medis"));
        assertThat(prop(row, DkipModel.PROP_UNIT_KODE)).isEqualTo("YANKES");
        assertThat(prop(row, DkipModel.PROP_PPID_PEMBANTU)).isEqualTo("GROUP_DKIP_PPID_YANKES");
    }

    @Test
    void aRowCreatedInAUnitsSiteWithNoUnitTypedGetsOne() {
        NodeRef row = row("dinkes-sekretariat");
        save(row, Map.of(DkipModel.PROP_INFORMASI, "Rencana anggaran"));
        assertThat(prop(row, DkipModel.PROP_UNIT_KODE)).isEqualTo("SEKRET");
        assertThat(prop(row, DkipModel.PROP_PPID_PEMBANTU)).isEqualTo("GROUP_PPID_SEKRETARIAT");
    }

    @Test
    void anEditedPpidPembantuIsPutBack() {
        NodeRef row = row("dinkes-sekretariat");
        save(row, Map.of(DkipModel.PROP_UNIT_KODE, "SEKRET", DkipModel.PROP_PPID_PEMBANTU, "GROUP_site_dinkes_SiteConsumer"));
        assertThat(prop(row, DkipModel.PROP_PPID_PEMBANTU)).isEqualTo("GROUP_PPID_SEKRETARIAT");
    }

    @Test
    void laterEditsOfOtherFieldsLeaveAPlacedRowAlone() {
        NodeRef row = row("dinkes-yankes");
        save(row, Map.of(DkipModel.PROP_INFORMASI, "Rekam medis"));
        // the site is no longer a unit's (configuration changed): the workflow can still record its decision
        rowUnits.setUnitSites(UnitSites.parse(""));
        save(row, Map.of(DkipModel.PROP_STATUS, "ditetapkan"));
        assertThat(prop(row, DkipModel.PROP_UNIT_KODE)).isEqualTo("YANKES");
        // but changing the unit is decided again
        assertThatThrownBy(() -> save(row, Map.of(DkipModel.PROP_PPID_PEMBANTU, "GROUP_X"))).isInstanceOf(UnitRefusedException.class);
    }

    @Test
    void aSiteNamedAfterAUnitWhoseGroupExistsNeedsNoMapping() {
        rowUnits.setUnitSites(UnitSites.parse(""));
        NodeRef row = row("p2p");
        save(row, Map.of(DkipModel.PROP_UNIT_KODE, "YANKES", DkipModel.PROP_INFORMASI, "Data surveilans"));
        assertThat(prop(row, DkipModel.PROP_UNIT_KODE)).isEqualTo("P2P");
        assertThat(prop(row, DkipModel.PROP_PPID_PEMBANTU)).isEqualTo("GROUP_DKIP_PPID_P2P");
        // a site named like a unit whose group does not exist is still no unit's site
        assertThatThrownBy(() -> save(row("kesmas"), Map.of(DkipModel.PROP_INFORMASI, "x")))
                .isInstanceOf(UnitRefusedException.class).hasMessageContaining("'kesmas' bukan situs unit kerja");
    }

    @Test
    void aRowInASiteThatIsNoUnitsIsRefusedNamingTheSiteAndTheSetting() {
        NodeRef row = row("dinkes-umum");
        assertThatThrownBy(() -> save(row, Map.of(DkipModel.PROP_UNIT_KODE, "YANKES")))
                .isInstanceOf(UnitRefusedException.class)
                .hasMessageContaining("'dinkes-umum' bukan situs unit kerja").hasMessageContaining("dkip.access.unitSites")
                .hasMessageContaining("is no unit's site");
    }

    @Test
    void outsideASiteAKnownTypedUnitIsKeptInCapitals() {
        NodeRef row = row(null);
        save(row, Map.of(DkipModel.PROP_UNIT_KODE, " p2p "));
        assertThat(prop(row, DkipModel.PROP_UNIT_KODE)).isEqualTo("P2P");
        assertThat(prop(row, DkipModel.PROP_PPID_PEMBANTU)).isEqualTo("GROUP_DKIP_PPID_P2P");
    }

    @Test
    void aTypoInTheUnitCodeIsRefusedInsteadOfDroppingOutOfStep2() {
        NodeRef row = row(null);
        // the pattern gives YANKS a group name, but no such group exists: step 2 would never find the row
        assertThatThrownBy(() -> save(row, Map.of(DkipModel.PROP_UNIT_KODE, "YANKS")))
                .isInstanceOf(UnitRefusedException.class)
                .hasMessageContaining("Kode unit 'YANKS' tidak dikenal").hasMessageContaining("GROUP_DKIP_PPID_YANKS")
                .hasMessageContaining("Unknown unit code 'YANKS'");
    }

    @Test
    void aRowWithoutAnyUnitOutsideASiteIsRefused() {
        NodeRef row = row(null);
        assertThatThrownBy(() -> save(row, Map.of(DkipModel.PROP_INFORMASI, "Rekam medis")))
                .isInstanceOf(UnitRefusedException.class).hasMessageContaining("tanpa unit kerja").hasMessageContaining("without a unit");
    }

    @Test
    void aUnitSiteWhoseGroupDoesNotExistIsRefusedNamingTheGroup() {
        rowUnits.setUnitSites(UnitSites.parse("KESMAS=dinkes-kesmas"));
        NodeRef row = row("dinkes-kesmas");
        assertThatThrownBy(() -> save(row, Map.of(DkipModel.PROP_INFORMASI, "x")))
                .isInstanceOf(UnitRefusedException.class).hasMessageContaining("GROUP_DKIP_PPID_KESMAS");
    }
}
