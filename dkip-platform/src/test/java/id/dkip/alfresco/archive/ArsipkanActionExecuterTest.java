package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.rule.Rule;
import org.alfresco.service.cmr.rule.RuleType;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A document arriving in a unit's drop folder (Share upload or WebDAV: the folder rule runs the same action). */
class ArsipkanActionExecuterTest {

    final ArchiveFixture f;
    final SearchService searchService = mock(SearchService.class);
    final ArsipkanActionExecuter action = new ArsipkanActionExecuter();
    final NodeRef drop;
    final NodeRef rekamMedisRow;
    final NodeRef pelaporRow;
    final List<SearchParameters> queries = new ArrayList<>();

    ArsipkanActionExecuterTest() throws Throwable {
        f = new ArchiveFixture();
        drop = f.area.setUp(f.docLib, "YANKES");
        NodeRef dataList = f.repo.node("DKIP 2026", ContentModel.TYPE_FOLDER, f.siteNode);
        rekamMedisRow = row(dataList, "r1", ArchiveFixture.established(SecurityLevel.RAHASIA).information("Rekam medis pasien rawat inap").build());
        pelaporRow = row(dataList, "r2", ArchiveFixture.established(SecurityLevel.TERBATAS).information("Identitas pelapor pengaduan masyarakat").build());
        ResultSet rows = mock(ResultSet.class);
        when(rows.getNodeRefs()).thenReturn(List.of(rekamMedisRow, pelaporRow));
        when(searchService.query(any())).thenAnswer(i -> {
            queries.add(i.getArgument(0));
            return rows;
        });
        doAnswer(i -> {
            NodeRef doc = i.getArgument(0);
            f.repo.aspects.get(doc).add(DkipModel.ASPECT_DIKECUALIKAN);
            f.entries.put(doc, i.getArgument(1));
            return null;
        }).when(f.exemptionNodes).write(any(), any());
        action.setNodeService(f.repo.nodeService);
        action.setSearchService(searchService);
        org.alfresco.service.cmr.dictionary.DictionaryService dictionary = mock(org.alfresco.service.cmr.dictionary.DictionaryService.class);
        when(dictionary.isSubClass(any(), eq(ContentModel.TYPE_CONTENT))).thenAnswer(i -> ContentModel.TYPE_CONTENT.equals(i.getArgument(0)));
        action.setDictionaryService(dictionary);
        action.setExemptionNodes(f.exemptionNodes);
        action.setArchiveFiling(f.filing);
        action.setAudit(f.audit);
        action.setArchiveArea(f.area);
        action.setSystemWork(f.repo.model);
        action.afterPropertiesSet();
    }

    private NodeRef row(NodeRef list, String name, DkipEntry entry) {
        NodeRef row = f.repo.node(name, DkipModel.TYPE_ITEM_DKIP, list);
        f.entries.put(row, entry.toBuilder().id(row.getId()).build());
        return row;
    }

    private Action run(NodeRef doc, Map<String, Serializable> params) {
        Action a = mock(Action.class);
        when(a.getParameterValue(any())).thenAnswer(i -> params.get(i.<String>getArgument(0)));
        when(a.getActionDefinitionName()).thenReturn(ArsipkanActionExecuter.NAME);
        action.executeImpl(a, doc);
        return a;
    }

    @Test
    void theAreaSetUpPutsAnInboundRuleRunningThisActionOnTheDropFolder() {
        assertThat(f.repo.aspects.get(drop)).contains(DkipModel.ASPECT_FOLDER_PENERIMAAN);
        assertThat(f.levelFolder("Terbatas")).isNotNull();
        assertThat(f.levelFolder("Rahasia")).isNotNull();
        assertThat(f.levelFolder("Sangat Rahasia")).isNotNull();
        ArgumentCaptor<Rule> rule = ArgumentCaptor.forClass(Rule.class);
        ArgumentCaptor<Map<String, Serializable>> params = ArgumentCaptor.forClass(Map.class);
        verify(f.ruleService).saveRule(eq(drop), rule.capture());
        verify(f.actionService).createAction(eq(ArsipkanActionExecuter.NAME), params.capture());
        assertThat(rule.getValue().getRuleTypes()).containsExactly(RuleType.INBOUND);
        assertThat(params.getValue()).containsEntry(ArsipkanActionExecuter.PARAM_UNIT_CODE, "YANKES");
    }

    @Test
    void aDroppedDocumentThatMatchesIsClassifiedLinkedAndFiled() {
        NodeRef doc = f.repo.node("Rekam_Medis_Pasien_Rawat_Inap_Jan2026.pdf", ContentModel.TYPE_CONTENT, drop);

        run(doc, Map.of(ArsipkanActionExecuter.PARAM_UNIT_CODE, "YANKES"));

        assertThat(queries.get(0).getQuery()).contains("TYPE:\"dkip:itemDkip\"").contains("=dkip:status:\"ditetapkan\"")
                .contains("=dkip:unitKode:\"YANKES\"");
        assertThat(f.repo.targets.get(doc)).extracting(a -> a.getTargetRef()).containsExactly(rekamMedisRow);
        assertThat(f.entries.get(doc).information()).isEqualTo("Rekam medis pasien rawat inap");
        assertThat(f.repo.parents.get(doc)).isEqualTo(f.levelFolder("Rahasia"));
        assertThat(f.repo.aspects.get(doc)).doesNotContain(DkipModel.ASPECT_MENUNGGU_PENCOCOKAN);
    }

    @Test
    void aDroppedDocumentWithoutAConfidentMatchWaitsInTheDropFolderWithTheReasonClosedToTheSite() {
        f.repo.model.logIn("clerk"); // a site Contributor uploads; the inbound rule runs as them
        NodeRef doc = f.repo.node("scan0001.pdf", ContentModel.TYPE_CONTENT, drop);
        f.repo.owners.put(doc, "uploader.not.clerk"); // even one who may not change its permissions

        run(doc, Map.of(ArsipkanActionExecuter.PARAM_UNIT_CODE, "YANKES"));

        assertThat(f.repo.parents.get(doc)).isEqualTo(drop);
        assertThat(f.repo.aspects.get(doc)).contains(DkipModel.ASPECT_MENUNGGU_PENCOCOKAN).doesNotContain(DkipModel.ASPECT_DIKECUALIKAN);
        assertThat((String) f.repo.properties.get(doc).get(DkipModel.PROP_ALASAN_MENUNGGU))
                .contains("scan0001.pdf").contains("Arsipkan sebagai informasi dikecualikan");
        verify(f.exemptionNodes, never()).write(any(), any());
        // waiting is not public: the drop folder's site grant does not reach it; its uploader owns it until filing
        assertThat(f.repo.inherits.get(doc)).isFalse();
        assertThat(f.repo.grantsOf(doc)).isEqualTo(Map.of("GROUP_DKIP_PPID", "Collaborator", ArchiveFixture.PPID_YANKES, "Collaborator"));
        assertThat(f.repo.ownerOf(doc)).isEqualTo("uploader.not.clerk");
    }

    @Test
    void theAreaAndTheDropFolderDoNotInheritTheSitesPermissions() {
        NodeRef area = f.repo.parents.get(drop);
        assertThat(f.repo.inherits.get(area)).isFalse();
        assertThat(f.repo.grantsOf(area)).isEqualTo(Map.of("GROUP_DKIP_PPID", "Collaborator", ArchiveFixture.PPID_YANKES, "Collaborator",
                ArchiveFixture.SITE_GROUP, "Consumer"));
        assertThat(f.repo.inherits.get(drop)).isFalse();
        assertThat(f.repo.grantsOf(drop)).isEqualTo(Map.of("GROUP_DKIP_PPID", "Collaborator", ArchiveFixture.PPID_YANKES, "Collaborator",
                ArchiveFixture.SITE_GROUP, "Contributor"));
    }

    @Test
    void theOfficerResolvesAWaitingDocumentByChoosingTheEntryAndALevel() {
        NodeRef doc = f.repo.node("scan0001.pdf", ContentModel.TYPE_CONTENT, drop);
        run(doc, Map.of(ArsipkanActionExecuter.PARAM_UNIT_CODE, "YANKES"));

        Map<String, Serializable> params = new HashMap<>();
        params.put(ArsipkanActionExecuter.PARAM_ENTRY, pelaporRow);
        params.put(ArsipkanActionExecuter.PARAM_LEVEL, "Sangat Rahasia");
        run(doc, params);

        assertThat(f.repo.aspects.get(doc)).doesNotContain(DkipModel.ASPECT_MENUNGGU_PENCOCOKAN).contains(DkipModel.ASPECT_DIKECUALIKAN);
        assertThat(f.entries.get(doc).securityLevel()).isEqualTo(SecurityLevel.SANGAT_RAHASIA);
        assertThat(f.repo.parents.get(doc)).isEqualTo(f.levelFolder("Sangat Rahasia"));
        assertThat(f.repo.targets.get(doc)).extracting(a -> a.getTargetRef()).containsExactly(pelaporRow);
    }

    @Test
    void runningTwiceOnAFiledDocumentLinksOnce() {
        NodeRef doc = f.repo.node("x.pdf", ContentModel.TYPE_CONTENT, drop);
        run(doc, Map.of(ArsipkanActionExecuter.PARAM_ENTRY, rekamMedisRow));
        run(doc, Map.of(ArsipkanActionExecuter.PARAM_ENTRY, rekamMedisRow));
        assertThat(f.repo.targets.get(doc)).hasSize(1);
    }

    @Test
    void foldersDroppedInAreLeftAlone() {
        NodeRef folder = f.repo.node("sub", ContentModel.TYPE_FOLDER, drop);
        run(folder, Map.of());
        verify(searchService, never()).query(any());
        assertThat(f.repo.aspects.get(folder)).isEmpty();
    }

    @Test
    void declaresItsParametersForTheRuleEditor() {
        List<ParameterDefinition> params = new ArrayList<>();
        action.addParameterDefinitions(params);
        assertThat(params).extracting(ParameterDefinition::getName)
                .containsExactly(ArsipkanActionExecuter.PARAM_ENTRY, ArsipkanActionExecuter.PARAM_LEVEL, ArsipkanActionExecuter.PARAM_UNIT_CODE);
        assertThat(params).noneMatch(ParameterDefinition::isMandatory);
    }
}
