package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.archive.ArchiveRules;
import id.dkip.core.archive.ExpiryPlanner;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.Finding;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.register.Unit;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.junit.jupiter.api.Test;

/**
 * The expiry job's work with fixed clocks over the real working-day calendar (2026: Nyepi and Idul Fitri with
 * cuti bersama on 18-24 March, Good Friday 3 April, Labour Day 1 May).
 */
class ExemptionExpiryProcessorTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.standard();

    /** The legal rules the job needs, over the real calendar. */
    static final ArchiveRules RULES = new ArchiveRules() {
        @Override
        public List<Finding> validate(DkipEntry entry) {
            return List.of();
        }

        @Override
        public Optional<LocalDate> expiry(DkipEntry entry) {
            return entry.period() == null ? Optional.empty() : entry.period().expiry(entry.periodStart());
        }

        @Override
        public Optional<LocalDate> reviewDate(LocalDate expiry) {
            return Optional.of(CALENDAR.subtractWorkingDays(expiry, 30));
        }

        @Override
        public Set<String> readers(SecurityLevel level, Unit owner) {
            return Set.of();
        }

        @Override
        public boolean isWorkingDay(LocalDate date) {
            return CALENDAR.isWorkingDay(date);
        }
    };

    // ---- a repository of exempted items, queried only through SearchService
    final Map<NodeRef, DkipEntry> store = new LinkedHashMap<>();
    final NodeService nodeService = mock(NodeService.class);
    final PermissionService permissionService = mock(PermissionService.class);
    final SearchService searchService = mock(SearchService.class);
    final WorkflowService workflowService = mock(WorkflowService.class);
    final AuthorityService authorityService = mock(AuthorityService.class);
    final ExemptionNodes exemptionNodes = mock(ExemptionNodes.class);
    final AuditComponent auditComponent = mock(AuditComponent.class);
    final TransactionService transactionService = mock(TransactionService.class);
    final RetryingTransactionHelper txHelper = mock(RetryingTransactionHelper.class);
    final List<String> queries = new ArrayList<>();
    final Map<NodeRef, List<String>> reviewsStarted = new HashMap<>();
    final Map<NodeRef, LocalDate> reviewDay = new HashMap<>();
    final Set<NodeRef> underReview = new HashSet<>();
    final AtomicInteger packages = new AtomicInteger();
    LocalDate today;

    final ExemptionExpiryProcessor processor = new ExemptionExpiryProcessor();
    final PermissionModelStandIn systemWork = new PermissionModelStandIn();
    final LinkedDocumentSync sync = new LinkedDocumentSync();
    final ArchiveFiling filing = mock(ArchiveFiling.class);

    @SuppressWarnings("unchecked")
    ExemptionExpiryProcessorTest() throws Throwable {
        when(transactionService.getRetryingTransactionHelper()).thenReturn(txHelper);
        when(txHelper.doInTransaction(any(), anyBoolean(), anyBoolean())).thenAnswer(i ->
                i.<RetryingTransactionHelper.RetryingTransactionCallback<Object>>getArgument(0).execute());
        when(auditComponent.areAuditValuesRequired(anyString())).thenReturn(true);
        when(exemptionNodes.read(any())).thenAnswer(i -> store.get(i.<NodeRef>getArgument(0)));
        when(searchService.query(any())).thenAnswer(i -> search(i.getArgument(0)));
        doAnswer(i -> {
            NodeRef n = i.getArgument(0);
            if (DkipModel.PROP_STATUS.equals(i.getArgument(1))) {
                store.put(n, store.get(n).toBuilder().status(EntryStatus.fromModelValue((String) i.getArgument(2))).build());
            }
            return null;
        }).when(nodeService).setProperty(any(), any(), any());
        when(permissionService.getInheritParentPermissions(any())).thenReturn(false);
        when(authorityService.authorityExists(anyString())).thenAnswer(i -> i.<String>getArgument(0).startsWith("GROUP_"));
        when(authorityService.getAuthorityNodeRef(anyString())).thenAnswer(i -> new NodeRef("workspace://SpacesStore/" + i.getArgument(0)));
        WorkflowDefinition definition = mock(WorkflowDefinition.class);
        when(definition.getId()).thenReturn("activiti$activitiReviewPooled:1:4");
        when(workflowService.getDefinitionByName("activiti$activitiReviewPooled")).thenReturn(definition);
        when(workflowService.createPackage(any())).thenAnswer(i -> new NodeRef("workspace://SpacesStore/pkg" + packages.incrementAndGet()));
        when(workflowService.getWorkflowsForContent(any(), eq(true))).thenAnswer(i ->
                underReview.contains(i.<NodeRef>getArgument(0)) ? List.of(mock(WorkflowInstance.class)) : List.of());
        when(workflowService.startWorkflow(anyString(), any())).thenAnswer(i -> {
            Map<QName, Serializable> params = i.getArgument(1);
            NodeRef group = (NodeRef) params.get(WorkflowModel.ASSOC_GROUP_ASSIGNEE);
            NodeRef doc = currentReviewDoc;
            reviewsStarted.computeIfAbsent(doc, k -> new ArrayList<>()).add(group.getId());
            reviewDay.putIfAbsent(doc, today);
            underReview.add(doc);
            assertThat(params).containsKeys(WorkflowModel.ASSOC_PACKAGE, WorkflowModel.PROP_WORKFLOW_DESCRIPTION, WorkflowModel.PROP_WORKFLOW_DUE_DATE);
            return null;
        });
        doAnswer(i -> {
            currentReviewDoc = i.getArgument(1);
            return null;
        }).when(nodeService).addChild(any(NodeRef.class), any(NodeRef.class), eq(WorkflowModel.ASSOC_PACKAGE_CONTAINS), any());

        ArchiveAudit audit = new ArchiveAudit();
        audit.setAuditComponent(auditComponent);
        audit.afterPropertiesSet();
        processor.setSearchService(searchService);
        processor.setNodeService(nodeService);
        processor.setPermissionService(permissionService);
        processor.setWorkflowService(workflowService);
        processor.setAuthorityService(authorityService);
        processor.setBehaviourFilter(mock(BehaviourFilter.class));
        processor.setTransactionService(transactionService);
        processor.setExemptionNodes(exemptionNodes);
        processor.setAudit(audit);
        processor.setPageSize(200);
        processor.setSystemWork(systemWork);
        sync.setPolicyComponent(mock(org.alfresco.repo.policy.PolicyComponent.class));
        sync.setNodeService(nodeService);
        sync.setExemptionNodes(exemptionNodes);
        sync.setArchiveFiling(filing);
        sync.setSystemWork(systemWork);
        sync.afterPropertiesSet();
        processor.setLinkedDocumentSync(sync);
        at(LocalDate.of(2026, 1, 1));
        processor.afterPropertiesSet();
    }

    private NodeRef currentReviewDoc;

    void at(LocalDate day) {
        today = day;
        processor.setExpiryPlanner(new ExpiryPlanner(RULES, Clock.fixed(day.atTime(1, 30).atZone(WIB).toInstant(), WIB)));
    }

    /**
     * The repository's database query engine (TMDQ): answers only exact terms, transactionally; a range would
     * throw "Range term is unsupported" there, and so it fails here.
     */
    private ResultSet search(SearchParameters sp) {
        queries.add(sp.getQuery());
        assertThat(sp.getQueryConsistency()).isEqualTo(QueryConsistency.TRANSACTIONAL);
        assertThat(sp.getQuery()).isEqualTo("ASPECT:\"dkip:dikecualikan\" AND =dkip:status:\"ditetapkan\"");
        List<NodeRef> established = store.entrySet().stream()
                .filter(e -> e.getValue().status() == EntryStatus.DITETAPKAN)
                .map(Map.Entry::getKey).toList();
        int from = Math.min(sp.getSkipCount(), established.size());
        int to = Math.min(from + sp.getMaxItems(), established.size());
        ResultSet rs = mock(ResultSet.class);
        when(rs.getNodeRefs()).thenReturn(new ArrayList<>(established.subList(from, to)));
        when(rs.hasMore()).thenReturn(to < established.size());
        when(rs.length()).thenReturn(to - from);
        return rs;
    }

    private NodeRef add(String id, DkipEntry entry) {
        NodeRef n = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, id);
        store.put(n, entry.toBuilder().id(id).build());
        return n;
    }

    static DkipEntry.Builder established() {
        return DkipEntry.builder().unitCode("YANKES").unitName("Bidang Pelayanan Kesehatan").ppidPembantu("GROUP_DKIP_PPID_YANKES")
                .information("Rekam medis pasien").status(EntryStatus.DITETAPKAN).securityLevel(SecurityLevel.RAHASIA);
    }

    /** As filing stores them: expiry from the period, review date 30 working days before. */
    static DkipEntry withDates(DkipEntry e) {
        LocalDate expiry = RULES.expiry(e).orElseThrow();
        return e.toBuilder().expiryDate(expiry).reviewDate(RULES.reviewDate(expiry).orElseThrow()).build();
    }

    @Test
    void acrossTheHolidaysReviewTasksStartOnTheRightWorkingDayAndExemptionsOpenAtExpiry() {
        // A: 5 years from 4 May 2021, ends Monday 4 May 2026. 30 working days back skips 1 May, 3 April and the
        // seven days off of 18-24 March: the review date is Thursday 12 March (23 March without the holidays).
        NodeRef a = add("a", withDates(established().period(ExemptionPeriod.ofYears(5, "5 tahun")).periodStart(LocalDate.of(2021, 5, 4)).build()));
        assertThat(store.get(a).reviewDate()).isEqualTo(LocalDate.of(2026, 3, 12));
        // C: a review date stored on a holiday (cuti bersama, 18 March): the task waits for Wednesday 25 March.
        NodeRef c = add("c", established().period(ExemptionPeriod.until(LocalDate.of(2026, 5, 20), "s.d. 20 Mei 2026"))
                .expiryDate(LocalDate.of(2026, 5, 20)).reviewDate(LocalDate.of(2026, 3, 18)).build());
        // E: until the patient consents: no dates, never opened by date.
        NodeRef e = add("e", established().period(ExemptionPeriod.untilEvent("persetujuan tertulis pasien", "sampai ada persetujuan")).build());

        Map<NodeRef, LocalDate> opened = new HashMap<>();
        doAnswer(i -> {
            if (DkipModel.PROP_STATUS.equals(i.getArgument(1))) {
                NodeRef n = i.getArgument(0);
                opened.put(n, today);
                store.put(n, store.get(n).toBuilder().status(EntryStatus.DIBUKA).build());
            }
            return null;
        }).when(nodeService).setProperty(any(), any(), any());

        for (LocalDate d = LocalDate.of(2026, 3, 1); !d.isAfter(LocalDate.of(2026, 5, 31)); d = d.plusDays(1)) {
            at(d);
            processor.process();
        }

        assertThat(reviewDay).containsEntry(a, LocalDate.of(2026, 3, 12)).containsEntry(c, LocalDate.of(2026, 3, 25));
        assertThat(reviewsStarted.get(a)).containsExactly("GROUP_DKIP_PPID_YANKES", "GROUP_DKIP_PENGELOLA_DATA");
        assertThat(reviewsStarted.get(c)).hasSize(2); // once per group, never again on the following days
        assertThat(opened).containsEntry(a, LocalDate.of(2026, 5, 4)).containsEntry(c, LocalDate.of(2026, 5, 20)).doesNotContainKey(e);
        verify(nodeService).setProperty(eq(a), eq(DkipModel.PROP_ALASAN_DIBUKA), any());
        verify(permissionService).setInheritParentPermissions(a, true);
        verify(nodeService, never()).setProperty(eq(e), any(), any());
        verify(permissionService, never()).setInheritParentPermissions(eq(e), anyBoolean());
    }

    @Test
    void anExpiredEstablishedDocumentIsFoundByTheDatabaseQueryAndOpened() {
        // 2,000 established items; 20 (every 100th) due: half past expiry, half at their review date. The query is
        // exact-term (TMDQ), so the job reads every established item and decides in Java; it writes only to the due.
        LocalDate day = LocalDate.of(2026, 3, 12);
        Set<NodeRef> due = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            DkipEntry entry;
            if (i % 100 == 0) {
                boolean expired = (i / 100) % 2 == 0;
                LocalDate expiry = expired ? day.minusDays(1) : LocalDate.of(2026, 4, 20);
                entry = established().period(ExemptionPeriod.until(expiry, "s.d.")).expiryDate(expiry).reviewDate(expired ? day.minusDays(45) : day).build();
            } else {
                LocalDate expiry = LocalDate.of(2027 + i % 14, 1 + i % 12, 1 + i % 28);
                entry = established().period(ExemptionPeriod.until(expiry, "s.d.")).expiryDate(expiry).reviewDate(expiry.minusDays(42)).build();
            }
            NodeRef n = add("x" + i, entry);
            if (i % 100 == 0) {
                due.add(n);
            }
        }
        at(day);

        ExemptionExpiryProcessor.Report report = processor.process();

        assertThat(report.opened()).isEqualTo(10);
        assertThat(report.reviewsStarted()).isEqualTo(10);
        assertThat(queries).isNotEmpty().allMatch(q -> q.equals(ExemptionExpiryProcessor.dueQuery()));
        Set<Object> nodesTouched = new HashSet<>();
        mockingDetails(nodeService).getInvocations().stream()
                .filter(inv -> !inv.getMethod().getName().startsWith("get") && !inv.getMethod().getName().equals("exists"))
                .forEach(inv -> nodesTouched.add(inv.getMethod().getName().equals("addChild") ? inv.getArgument(1) : inv.getArgument(0)));
        mockingDetails(permissionService).getInvocations().stream()
                .filter(inv -> !inv.getMethod().getName().startsWith("get"))
                .forEach(inv -> nodesTouched.add(inv.getArgument(0)));
        assertThat(due).containsAll(nodesTouched.stream().map(NodeRef.class::cast).toList());
        assertThat(nodesTouched).isNotEmpty();
    }

    @Test
    void runFromTheSchedulerTheWorkIsSystemsAndTheReviewsAreStartedByTheConfiguredInitiator() {
        List<String[]> whoStarted = new ArrayList<>();
        doAnswer(i -> {
            whoStarted.add(new String[] {systemWork.fullyAuthenticatedUser(), systemWork.runAsUser()});
            return null;
        }).when(workflowService).startWorkflow(anyString(), any());
        add("a", established().period(ExemptionPeriod.until(LocalDate.of(2026, 4, 20), "s.d.")).expiryDate(LocalDate.of(2026, 4, 20))
                .reviewDate(LocalDate.of(2026, 3, 12)).build());
        at(LocalDate.of(2026, 3, 12));
        systemWork.logOut(); // a scheduler thread: nobody authenticated
        processor.setReviewInitiator("ppid.utama");

        processor.runAsSystem();

        // Alfresco's review workflow gives its approved/rejected task to the fully authenticated user who started it
        // (admin when that is System): here the PPID's account, while the work itself ran as System
        assertThat(whoStarted).isNotEmpty().allSatisfy(w -> assertThat(w).containsExactly("ppid.utama", "System"));
    }

    @Test
    void theReviewTaskDescriptionNeverQuotesTheInformation() {
        List<Serializable> descriptions = new ArrayList<>();
        doAnswer(i -> {
            descriptions.add(i.<Map<QName, Serializable>>getArgument(1).get(WorkflowModel.PROP_WORKFLOW_DESCRIPTION));
            return null;
        }).when(workflowService).startWorkflow(anyString(), any());
        add("a", established().information("Rekam medis Budi Santoso, HIV positif")
                .period(ExemptionPeriod.until(LocalDate.of(2026, 4, 20), "s.d.")).expiryDate(LocalDate.of(2026, 4, 20))
                .reviewDate(LocalDate.of(2026, 3, 12)).build());
        at(LocalDate.of(2026, 3, 12));

        processor.process();

        assertThat(descriptions).hasSize(2).allSatisfy(d -> assertThat(d.toString()).doesNotContain("Budi").doesNotContain("HIV").contains("a"));
    }

    @Test
    void aRowReleasedByItsDecisionReleasesTheDocumentFiledUnderItBeforeAnyDateIsConsidered() {
        NodeRef row = add("row", established().status(EntryStatus.DICABUT).build());
        NodeRef doc = add("doc", established().period(ExemptionPeriod.until(LocalDate.of(2030, 1, 1), "s.d.")).build());
        when(nodeService.exists(any())).thenReturn(true);
        when(nodeService.getTargetAssocs(eq(doc), eq(DkipModel.ASSOC_ENTRI_DKIP)))
                .thenReturn(List.of(new org.alfresco.service.cmr.repository.AssociationRef(doc, DkipModel.ASSOC_ENTRI_DKIP, row)));
        doAnswer(i -> {
            store.put(i.getArgument(0), i.getArgument(1));
            return null;
        }).when(exemptionNodes).write(any(), any());
        at(LocalDate.of(2026, 3, 12));

        processor.process();

        assertThat(store.get(doc).status()).isEqualTo(EntryStatus.DICABUT);
        verify(filing).file(doc); // filing releases it (inherited permissions), as system
    }

    @Test
    void manyDueItemsArePagedAndOpenedOnesDropOutOfTheQuery() {
        LocalDate day = LocalDate.of(2026, 6, 2);
        for (int i = 0; i < 450; i++) {
            LocalDate expiry = i % 3 == 0 ? day : LocalDate.of(2026, 7, 10);
            add("p" + i, established().period(ExemptionPeriod.until(expiry, "s.d.")).expiryDate(expiry).reviewDate(day.minusDays(1)).build());
        }
        at(day);
        processor.setPageSize(100);

        ExemptionExpiryProcessor.Report report = processor.process();

        assertThat(report.examined()).isEqualTo(450);
        assertThat(report.opened()).isEqualTo(150);
        assertThat(report.reviewsStarted()).isEqualTo(300);
        assertThat(mockingDetails(exemptionNodes).getInvocations()).hasSize(450);
    }

    @Test
    void switchedOffItQueriesNothing() {
        processor.setEnabled(false);
        processor.process();
        verify(searchService, never()).query(any());
    }

    @Test
    void aDocumentFiledUnderARegisterRowIsReviewedWithTheRowNotTwice() {
        NodeRef row = add("row", established().period(ExemptionPeriod.until(LocalDate.of(2026, 5, 4), "s.d."))
                .expiryDate(LocalDate.of(2026, 5, 4)).reviewDate(LocalDate.of(2026, 3, 12)).build());
        NodeRef doc = add("doc", store.get(row));
        when(nodeService.getType(row)).thenReturn(DkipModel.TYPE_ITEM_DKIP);
        when(nodeService.getTargetAssocs(eq(doc), eq(DkipModel.ASSOC_ENTRI_DKIP)))
                .thenReturn(List.of(new org.alfresco.service.cmr.repository.AssociationRef(doc, DkipModel.ASSOC_ENTRI_DKIP, row)));
        at(LocalDate.of(2026, 3, 12));

        ExemptionExpiryProcessor.Report report = processor.process();

        assertThat(report.reviewsStarted()).isEqualTo(1);
        assertThat(reviewsStarted).containsOnlyKeys(row);
    }
}
