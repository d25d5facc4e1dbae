package id.dkip.alfresco.archive;

import id.dkip.alfresco.search.TransactionalSearch;
import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.access.UnitGroups;
import id.dkip.core.archive.ArchiveMessages;
import id.dkip.core.archive.ExpiryPlanner;
import id.dkip.core.archive.PermissionPlan;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The work of the expiry job. Finds the established exemptions with one query the database answers ({@link
 * #dueQuery()}: exact {@code =} terms only, {@code QueryConsistency.TRANSACTIONAL}; ACS's database query engine
 * runs no ranges, so the dates are compared here in Java, and the result never depends on Solr being current or
 * present). A document filed under a register row is first brought up to date with the row ({@link
 * LinkedDocumentSync#refresh}), so an extension reaches it before anything opens. For each,
 * {@link ExpiryPlanner} decides:
 * <ul>
 *   <li>review date reached on a working day: start a review task (Alfresco's pooled review workflow) for the
 *       unit's PPID Pembantu and one for the Pengelola Data, unless a workflow on the document is already active;</li>
 *   <li>expiry reached with no new decision: open it: inherited permissions restored, dkip:status dibuka,
 *       dkip:alasanDibuka says why (PerKI 1/2021), audited;</li>
 *   <li>event-bound periods have no dates, so the query never selects them: they never expire by date.</li>
 * </ul>
 * Pages of {@code pageSize} run each in their own transaction.
 */
public class ExemptionExpiryProcessor implements InitializingBean {

    /** What one run did. */
    public record Report(LocalDate day, int examined, int reviewsStarted, int opened, int deferred) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ExemptionExpiryProcessor.class);

    private SearchService searchService;
    private NodeService nodeService;
    private PermissionService permissionService;
    private WorkflowService workflowService;
    private AuthorityService authorityService;
    private BehaviourFilter behaviourFilter;
    private TransactionService transactionService;
    private ExemptionNodes exemptionNodes;
    private ExpiryPlanner expiryPlanner;
    private ArchiveAudit audit;
    private boolean enabled = true;
    private String reviewWorkflow = "activiti$activitiReviewPooled";
    private String pengelolaDataGroup = "GROUP_DKIP_PENGELOLA_DATA";
    private int pageSize = 200;
    private ZoneId zone = ZoneId.of("Asia/Jakarta");
    private SystemWork systemWork;
    private LinkedDocumentSync linkedDocumentSync;
    private UnitGroups unitGroups = UnitGroups.standard();
    private String reviewInitiator = "";

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setWorkflowService(WorkflowService workflowService) {
        this.workflowService = workflowService;
    }

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setExemptionNodes(ExemptionNodes exemptionNodes) {
        this.exemptionNodes = exemptionNodes;
    }

    public void setExpiryPlanner(ExpiryPlanner expiryPlanner) {
        this.expiryPlanner = expiryPlanner;
    }

    public void setAudit(ArchiveAudit audit) {
        this.audit = audit;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setReviewWorkflow(String reviewWorkflow) {
        this.reviewWorkflow = reviewWorkflow;
    }

    public void setPengelolaDataGroup(String pengelolaDataGroup) {
        this.pengelolaDataGroup = pengelolaDataGroup;
    }

    public void setPageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("dkip.archive.expiry.pageSize must be at least 1");
        }
        this.pageSize = pageSize;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    public void setLinkedDocumentSync(LinkedDocumentSync linkedDocumentSync) {
        this.linkedDocumentSync = linkedDocumentSync;
    }

    public void setUnitGroups(UnitGroups unitGroups) {
        this.unitGroups = unitGroups;
    }

    /**
     * The account the review workflows are started as (dkip.archive.review.initiator): Alfresco's review workflows
     * send the approved/rejected task to their initiator, and to admin when started by System. Empty: System.
     */
    public void setReviewInitiator(String reviewInitiator) {
        this.reviewInitiator = reviewInitiator == null ? "" : reviewInitiator.trim();
    }

    public void setZone(String zone) {
        this.zone = ZoneId.of(zone.trim());
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "permissionService", permissionService);
        PropertyCheck.mandatory(this, "workflowService", workflowService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "behaviourFilter", behaviourFilter);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "exemptionNodes", exemptionNodes);
        PropertyCheck.mandatory(this, "expiryPlanner", expiryPlanner);
        PropertyCheck.mandatory(this, "audit", audit);
        PropertyCheck.mandatory(this, "reviewWorkflow", reviewWorkflow);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
        PropertyCheck.mandatory(this, "linkedDocumentSync", linkedDocumentSync);
        PropertyCheck.mandatory(this, "unitGroups", unitGroups);
        if (reviewInitiator.isEmpty()) {
            LOG.warn("dkip.archive.review.initiator is empty: review workflows start as System and Alfresco gives their "
                    + "approved/rejected task to admin; set it to the PPID's account");
        }
    }

    /**
     * Entry point of the scheduled job: the review initiator is the authenticated user (so workflows started name
     * them), the work itself runs as the system user.
     */
    public Report runAsSystem() {
        if (reviewInitiator.isEmpty()) {
            return systemWork.run(this::process);
        }
        return systemWork.runAs(reviewInitiator, () -> systemWork.run(this::process));
    }

    /** One run over today's due exemptions, page by page, each page in its own transaction. */
    public Report process() {
        LocalDate today = expiryPlanner.today();
        if (!enabled) {
            return new Report(today, 0, 0, 0, 0);
        }
        int skip = 0;
        int[] totals = new int[4];
        boolean more = true;
        while (more) {
            final int from = skip;
            Page page = transactionService.getRetryingTransactionHelper().doInTransaction(() -> processPage(today, from), false, true);
            totals[0] += page.examined;
            totals[1] += page.reviews;
            totals[2] += page.opened;
            totals[3] += page.deferred;
            // opened items leave the query's results; the others stay and are skipped on the next page
            skip += page.examined - page.opened;
            more = page.hasMore && page.examined > 0;
        }
        Report report = new Report(today, totals[0], totals[1], totals[2], totals[3]);
        LOG.info("DKIP expiry run {}: {} due, {} review task(s) started, {} opened, {} deferred to the next working day",
                today, report.examined(), report.reviewsStarted(), report.opened(), report.deferred());
        return report;
    }

    private record Page(int examined, int reviews, int opened, int deferred, boolean hasMore) {
    }

    private Page processPage(LocalDate today, int skip) {
        TransactionalSearch.Page found = TransactionalSearch.page(searchService, dueQuery(), skip, pageSize);
        int reviews = 0;
        int opened = 0;
        int deferred = 0;
        for (NodeRef node : found.nodes()) {
            DkipEntry entry = linkedDocumentSync.refresh(node);
            if (entry.status() != EntryStatus.DITETAPKAN) {
                opened++; // its row released it: it left the query's results, like an opened one
                continue;
            }
            ExpiryPlanner.Step step = expiryPlanner.decide(entry, today);
            switch (step.action()) {
                case OPEN -> {
                    open(node, entry, step);
                    opened++;
                }
                case REVIEW -> reviews += !reviewedWithItsEntry(node) && startReview(node, entry, step) ? 1 : 0;
                case DEFERRED -> deferred++;
                case PERIODIC_REVIEW -> LOG.info("{} is event-bound: listed for periodic review, never opened by date", node);
                default -> { }
            }
        }
        return new Page(found.nodes().size(), reviews, opened, deferred, found.hasMore());
    }

    /**
     * Every established exemption, documents and register rows: exact terms only, so ACS's database query engine
     * (TMDQ) answers it transactionally. Which are due is decided in Java ({@link ExpiryPlanner#decide}); event-bound
     * periods have no dates and are never opened by date.
     */
    public static String dueQuery() {
        return "ASPECT:\"dkip:dikecualikan\" AND =dkip:status:\"" + EntryStatus.DITETAPKAN.modelValue() + "\"";
    }

    /** Opens the document at expiry (no new decision was made): UU KIP Pasal 20, PerKI 1/2021. */
    void open(NodeRef node, DkipEntry entry, ExpiryPlanner.Step step) {
        String reason = ArchiveMessages.indonesian(ArchiveMessages.OPENED_AT_EXPIRY, step.expiry().toString());
        behaviourFilter.disableBehaviour(node, DkipModel.ASPECT_DIKECUALIKAN);
        try {
            String changes = new PermissionApplier(permissionService).apply(node, PermissionPlan.inherited());
            nodeService.setProperty(node, DkipModel.PROP_STATUS, EntryStatus.DIBUKA.modelValue());
            nodeService.setProperty(node, DkipModel.PROP_ALASAN_DIBUKA, reason);
            audit.record(ArchiveAudit.OPENED, node, level(entry), entry.unitCode(),
                    reason + (changes == null ? "" : " [" + changes + "]"));
        } finally {
            behaviourFilter.enableBehaviour(node, DkipModel.ASPECT_DIKECUALIKAN);
        }
        LOG.info("Opened {} at expiry {}", node, step.expiry());
    }

    /**
     * A filed document linked to its DKIP register row (dkip:entriDkip) is reviewed with that row, which the same
     * query finds: one review task per DKIP entry, not one per copy filed under it.
     */
    boolean reviewedWithItsEntry(NodeRef node) {
        return !DkipModel.TYPE_ITEM_DKIP.equals(nodeService.getType(node))
                && !nodeService.getTargetAssocs(node, DkipModel.ASSOC_ENTRI_DKIP).isEmpty();
    }

    /** Starts the review tasks unless a workflow on the document is already running (the job runs daily). */
    boolean startReview(NodeRef node, DkipEntry entry, ExpiryPlanner.Step step) {
        if (!workflowService.getWorkflowsForContent(node, true).isEmpty()) {
            return false;
        }
        WorkflowDefinition definition = workflowService.getDefinitionByName(reviewWorkflow);
        if (definition == null) {
            throw new IllegalStateException("Review workflow " + reviewWorkflow + " is not deployed (dkip.archive.review.workflow)");
        }
        Set<String> groups = new LinkedHashSet<>();
        addGroup(groups, unitGroups.groupOf(entry.unitCode()).orElse(null));
        addGroup(groups, pengelolaDataGroup);
        // never the information itself: a task's description is shown to the whole pool, cleared or not
        String description = ArchiveMessages.indonesian(ArchiveMessages.REVIEW_DESCRIPTION,
                node.getId(),
                entry.unitName() == null ? String.valueOf(entry.unitCode()) : entry.unitName(), step.expiry().toString());
        for (String group : groups) {
            NodeRef groupNode = authorityService.getAuthorityNodeRef(group);
            NodeRef workflowPackage = workflowService.createPackage(null);
            nodeService.addChild(workflowPackage, node, WorkflowModel.ASSOC_PACKAGE_CONTAINS,
                    QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, node.getId()));
            Map<QName, Serializable> params = new HashMap<>();
            params.put(WorkflowModel.ASSOC_PACKAGE, workflowPackage);
            params.put(WorkflowModel.PROP_WORKFLOW_DESCRIPTION, description);
            params.put(WorkflowModel.PROP_WORKFLOW_DUE_DATE, Date.from(step.expiry().atStartOfDay(zone).toInstant()));
            params.put(WorkflowModel.ASSOC_GROUP_ASSIGNEE, groupNode);
            workflowService.startWorkflow(definition.getId(), params);
        }
        audit.record(ArchiveAudit.REVIEW_STARTED, node, level(entry), entry.unitCode(),
                "tinjau=" + step.reviewDate() + "; kedaluwarsa=" + step.expiry() + "; kepada=" + groups);
        return true;
    }

    private void addGroup(Set<String> groups, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String n = name.trim();
        String group = n.startsWith("GROUP_") ? n : "GROUP_" + n;
        if (authorityService.authorityExists(group)) {
            groups.add(group);
        } else {
            LOG.warn("Review group {} does not exist: no review task for it", group);
        }
    }

    private static String level(DkipEntry entry) {
        return entry.securityLevel() == null ? null : entry.securityLevel().modelValue();
    }
}
