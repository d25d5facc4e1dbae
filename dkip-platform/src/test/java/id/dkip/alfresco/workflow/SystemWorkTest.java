package id.dkip.alfresco.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.documents.DocumentKind;
import id.dkip.core.workflow.DkipVariables;
import id.dkip.core.workflow.ProposalValidator;
import id.dkip.core.workflow.RowDecision;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.DelegateTask;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * The process's system work runs as the system user, not as whoever completed the task: a repository stand-in that
 * checks reads as Alfresco does (search results filtered by read permission, a node read refused with "access
 * denied"), a unit user who can read only their own unit's rows, and a SystemWork stand-in that switches the
 * current user to System for the work and back afterwards, as AuthenticationUtil.runAsSystem does.
 */
class SystemWorkTest {

    private static final String YANKES = "GROUP_DKIP_PPID_YANKES";
    private static final String P2P = "GROUP_DKIP_PPID_P2P";
    private static final NodeRef ROW_YANKES = new NodeRef("workspace://SpacesStore/row-yankes");
    private static final NodeRef ROW_P2P = new NodeRef("workspace://SpacesStore/row-p2p");

    private String currentUser = "ppid.yankes";
    private final Map<NodeRef, String> unitOf = new LinkedHashMap<>(Map.of(ROW_YANKES, YANKES, ROW_P2P, P2P));
    private final Map<NodeRef, Map<QName, Serializable>> props = new HashMap<>();
    private final List<SearchParameters> queries = new ArrayList<>();
    private final NodeService nodeService = mock(NodeService.class);
    private final SearchService searchService = mock(SearchService.class);
    private final InPlaceSystemWork asSystem = InPlaceSystemWork.switching(() -> currentUser, user -> currentUser = user);

    private boolean canRead(NodeRef row) {
        return currentUser.equals("System") || (currentUser.equals("ppid.yankes") && YANKES.equals(unitOf.get(row)));
    }

    private void check(NodeRef row) {
        if (!canRead(row)) {
            throw new IllegalStateException("AccessDeniedException: " + currentUser + " may not read " + row);
        }
    }

    SystemWorkTest() {
        for (NodeRef row : unitOf.keySet()) {
            Map<QName, Serializable> p = new HashMap<>();
            p.put(DkipModel.PROP_PPID_PEMBANTU, unitOf.get(row));
            p.put(DkipModel.PROP_STATUS, "usulan");
            p.put(DkipModel.PROP_INFORMASI, "Informasi " + row.getId());
            props.put(row, p);
        }
        props.get(ROW_P2P).put(DkipModel.PROP_KEPUTUSAN_RAPAT, "terima");
        props.get(ROW_P2P).put(DkipModel.PROP_HASIL_UJI_KONSEKUENSI, "lulus");
        when(nodeService.getProperties(any())).thenAnswer(i -> {
            check(i.getArgument(0));
            return new HashMap<>(props.get((NodeRef) i.getArgument(0)));
        });
        when(nodeService.getProperty(any(), any())).thenAnswer(i -> {
            check(i.getArgument(0));
            return props.get((NodeRef) i.getArgument(0)).get((QName) i.getArgument(1));
        });
        when(searchService.query(any(SearchParameters.class))).thenAnswer(i -> {
            SearchParameters sp = i.getArgument(0);
            queries.add(sp);
            List<NodeRef> hits = unitOf.keySet().stream()
                    .filter(r -> sp.getQuery().contains("\"" + unitOf.get(r) + "\"") && canRead(r)).toList();
            ResultSet rs = mock(ResultSet.class);
            when(rs.getNodeRefs()).thenReturn(hits);
            return rs;
        });
    }

    private AlfrescoRegister register() {
        AlfrescoRegister register = new AlfrescoRegister();
        register.setNodeService(nodeService);
        register.setSearchService(searchService);
        register.setEntryMapper(new EntryNodeMapper(nodeService, ZoneId.of("Asia/Jakarta")));
        register.setAgencyProfile(id.dkip.core.documents.AgencyProfile.defaults());
        register.afterPropertiesSet();
        return register;
    }

    private DelegateExecution execution(Map<String, Object> written) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(DkipVariables.UNIT_GROUP_NAMES)).thenReturn(new ArrayList<>(List.of(YANKES, P2P)));
        when(execution.getProcessInstanceId()).thenReturn("42");
        doAnswer(i -> written.put(i.getArgument(0), i.getArgument(1))).when(execution).setVariable(any(), any());
        return execution;
    }

    @Test
    void stepTwoMergesEveryUnitsProposalsThoughAUnitUserCompletedStepOne() throws Exception {
        id.dkip.core.workflow.DkipRancanganDelegate core = new id.dkip.core.workflow.DkipRancanganDelegate(register(),
                request -> "doc-" + request.kind(), ProposalValidator.NONE, ZoneId.of("Asia/Jakarta"));

        Map<String, Object> asUser = new HashMap<>();
        core.execute(execution(asUser));
        assertThat(asUser.get(DkipVariables.ENTRY_COUNT)).as("as the unit user, P2P's proposal silently drops out")
                .isEqualTo(1);

        DkipRancanganDelegate bridge = new DkipRancanganDelegate();
        bridge.setDelegate(core);
        bridge.setSystemWork(asSystem);
        Map<String, Object> asSystemWritten = new HashMap<>();
        bridge.execute(execution(asSystemWritten));
        assertThat(asSystemWritten.get(DkipVariables.ENTRY_COUNT)).isEqualTo(2);
        assertThat(asSystemWritten.get(DkipVariables.DRAFT_DKIP)).isEqualTo("doc-" + DocumentKind.DKIP);
        assertThat(currentUser).as("the caller's identity is restored").isEqualTo("ppid.yankes");
    }

    @Test
    void stepThreeReadsTheDecisionsOnOtherUnitsRowsAsSystem() {
        AlfrescoRegister register = new AlfrescoRegister();
        register.setNodeService(nodeService);
        register.setSearchService(searchService);
        register.setEntryMapper(new EntryNodeMapper(nodeService, ZoneId.of("Asia/Jakarta")));
        List<List<RowDecision>> read = new ArrayList<>();
        DkipTaskCompleteListener listener = new DkipTaskCompleteListener();
        listener.setBeanRegistry(new HashMap<>());
        listener.setListener(task -> read.add(register.decisionsOnRows(List.of(ROW_YANKES.toString(), ROW_P2P.toString()))));
        listener.afterPropertiesSet();

        listener.setSystemWork(InPlaceSystemWork.asCaller()); // as the meeting member, as before the fix
        assertThatThrownBy(() -> listener.notify(mock(DelegateTask.class))).hasMessageContaining("AccessDeniedException");

        listener.setSystemWork(asSystem);
        listener.notify(mock(DelegateTask.class));
        assertThat(read).singleElement().satisfies(rows -> assertThat(rows).containsExactly(
                new RowDecision(ROW_YANKES.toString(), null, null, null),
                new RowDecision(ROW_P2P.toString(), "terima", "lulus", null)));
    }

    @Test
    void aUnitsRowsAreFoundWithExactTermsOnlyAndTransactionalConsistency() {
        currentUser = "System";
        assertThat(register().proposals(P2P)).extracting(e -> e.id()).containsExactly(ROW_P2P.toString());
        SearchParameters sp = queries.get(0);
        assertThat(sp.getQueryConsistency()).isEqualTo(QueryConsistency.TRANSACTIONAL);
        // TMDQ (ACS's database query engine) answers only TYPE and exact '=' property terms joined by AND
        assertThat(sp.getQuery()).matches("TYPE:\"[a-z]+:[A-Za-z]+\"( AND =[a-z]+:[A-Za-z]+:\"[^\"]*\")+");
        assertThat(AlfrescoRegister.unitQuery("GROUP_\"X\\")).isEqualTo(
                "TYPE:\"dkip:itemDkip\" AND =dkip:ppidPembantu:\"GROUP_X\"");
        props.get(ROW_P2P).put(DkipModel.PROP_STATUS, "ditetapkan");
        assertThat(register().proposals(P2P)).as("the status is filtered after the query").isEmpty();
    }
}
