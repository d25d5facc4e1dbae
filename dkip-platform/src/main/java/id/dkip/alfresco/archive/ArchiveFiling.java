package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.access.UnitGroups;
import id.dkip.core.archive.FilingDecision;
import id.dkip.core.archive.FilingPlanner;
import id.dkip.core.archive.PermissionPlan;
import id.dkip.core.archive.Retention;
import id.dkip.core.calendar.ProvisionalDates;
import id.dkip.core.legal.Finding;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.Unit;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.alfresco.model.ContentModel;
import org.alfresco.model.QuickShareModel;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.OwnableService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Files a classified document (SOP step 6) by bringing it to what {@link FilingPlanner} decides: refuse an invalid
 * classification before anything is written; otherwise set expiry and review dates, the permission set, the place
 * in the unit's archive area, the JRA retention and, when Governance Services is installed, the record. Every step
 * changes only what differs, so filing twice (the same event fired twice, a retry) changes nothing the second
 * time, and a changed security level re-files the document. Its own updates run with the dkip:dikecualikan
 * behaviours disabled for the node, restored in {@code finally}.
 * <p>
 * Filing runs as the system user ({@link SystemWork}): a Collaborator who classifies a document may neither move
 * it nor change its permissions, yet the audit still names them. A filed document is closed to everyone the
 * configuration does not name: ownership goes to the configured account ({@code dkip.archive.filing.owner}), so
 * the uploader loses the owner's FullControl; a Quick Share link ({@code qshare:shared}) is removed; the owning
 * unit's PPID Pembantu group comes from configuration ({@link UnitGroups}), never from dkip:ppidPembantu.
 */
public class ArchiveFiling implements InitializingBean {

    /** What filing did, for callers and tests. */
    public record Result(FilingDecision decision, boolean moved, String permissionChanges, boolean datesChanged,
                         boolean retentionApplied, String recordPath) {
        public boolean changedAnything() {
            return moved || permissionChanges != null || datesChanged || retentionApplied || recordPath != null;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveFiling.class);

    private NodeService nodeService;
    private PermissionService permissionService;
    private AuthorityService authorityService;
    private BehaviourFilter behaviourFilter;
    private TransactionService transactionService;
    private ExemptionNodes exemptionNodes;
    private FilingPlanner filingPlanner;
    private ArchiveArea archiveArea;
    private GovernanceServices governanceServices;
    private ArchiveAudit audit;
    private Clock clock = Clock.systemDefaultZone();
    private ZoneId zone = ZoneId.of("Asia/Jakarta");
    private boolean linkInsteadOfMove;
    private PermissionApplier permissions;
    private SystemWork systemWork;
    private OwnableService ownableService;
    private UnitGroups unitGroups = UnitGroups.standard();
    private String filingOwner = "System";

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
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

    public void setFilingPlanner(FilingPlanner filingPlanner) {
        this.filingPlanner = filingPlanner;
    }

    public void setArchiveArea(ArchiveArea archiveArea) {
        this.archiveArea = archiveArea;
    }

    public void setGovernanceServices(GovernanceServices governanceServices) {
        this.governanceServices = governanceServices;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    public void setOwnableService(OwnableService ownableService) {
        this.ownableService = ownableService;
    }

    /** Unit code to PPID Pembantu group (dkip.access.unitGroups / unitGroupPattern). */
    public void setUnitGroups(UnitGroups unitGroups) {
        this.unitGroups = unitGroups;
    }

    /** The account that owns filed documents (dkip.archive.filing.owner); "System" leaves no person as owner. */
    public void setFilingOwner(String filingOwner) {
        if (filingOwner == null || filingOwner.isBlank()) {
            throw new IllegalArgumentException("dkip.archive.filing.owner must name an account (e.g. System)");
        }
        this.filingOwner = filingOwner.trim();
    }

    public void setAudit(ArchiveAudit audit) {
        this.audit = audit;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** Time zone the dates are kept in (dkip.timeZone, default Asia/Jakarta). */
    public void setZone(String zone) {
        this.zone = ZoneId.of(zone.trim());
    }

    /** {@code move} (default) or {@code link}: link keeps the document where it is and adds it to the area too. */
    public void setFilingMode(String mode) {
        String m = mode == null ? "move" : mode.trim();
        if (!m.equals("move") && !m.equals("link")) {
            throw new IllegalArgumentException("dkip.archive.filing.mode must be 'move' or 'link', was '" + mode + "'");
        }
        this.linkInsteadOfMove = m.equals("link");
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "permissionService", permissionService);
        PropertyCheck.mandatory(this, "authorityService", authorityService);
        PropertyCheck.mandatory(this, "behaviourFilter", behaviourFilter);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "exemptionNodes", exemptionNodes);
        PropertyCheck.mandatory(this, "filingPlanner", filingPlanner);
        PropertyCheck.mandatory(this, "archiveArea", archiveArea);
        PropertyCheck.mandatory(this, "governanceServices", governanceServices);
        PropertyCheck.mandatory(this, "audit", audit);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
        PropertyCheck.mandatory(this, "ownableService", ownableService);
        PropertyCheck.mandatory(this, "unitGroups", unitGroups);
        permissions = new PermissionApplier(permissionService);
    }

    PermissionApplier permissions() {
        if (permissions == null) {
            permissions = new PermissionApplier(permissionService);
        }
        return permissions;
    }

    /**
     * Files the document, or does nothing when it is not classified, is a register row, or is a draft.
     *
     * @throws ClassificationRefusedException with every finding when the legal rules refuse the classification;
     *         nothing has been written on the node then
     */
    public Result file(NodeRef document) {
        return systemWork.run(() -> fileAsSystem(document));
    }

    private Result fileAsSystem(NodeRef document) {
        if (!nodeService.exists(document) || !nodeService.hasAspect(document, DkipModel.ASPECT_DIKECUALIKAN)
                || DkipModel.TYPE_ITEM_DKIP.equals(nodeService.getType(document))) {
            return null;
        }
        DkipEntry entry = exemptionNodes.read(document);
        Unit owner = new Unit(entry.unitCode() == null ? "" : entry.unitCode(), entry.unitName(), ppidGroupOf(entry.unitCode()));
        FilingDecision decision = filingPlanner.plan(entry, owner);
        switch (decision.outcome()) {
            case REFUSE -> {
                recordRefusal(document, entry, decision);
                throw new ClassificationRefusedException(document, decision.findings());
            }
            case DRAFT -> {
                return new Result(decision, false, null, false, false, null);
            }
            default -> { }
        }
        String level = entry.securityLevel() == null ? null : entry.securityLevel().modelValue();
        behaviourFilter.disableBehaviour(document, DkipModel.ASPECT_DIKECUALIKAN);
        try {
            if (decision.outcome() == FilingDecision.Outcome.RELEASE) {
                String changes = permissions().apply(document, PermissionPlan.inherited());
                if (changes != null) {
                    audit.record(ArchiveAudit.PERMISSIONS, document, level, owner.code(), changes);
                }
                return new Result(decision, false, changes, false, false, null);
            }
            boolean firstFiling = !nodeService.hasAspect(document, DkipModel.ASPECT_RETENSI_ARSIP);
            boolean datesChanged = applyDates(document, decision, level, owner.code());
            String permissionChanges = join(permissions().apply(document, decision.permissions()), closeToOthers(document));
            boolean moved = place(document, decision);
            boolean retention = applyRetention(document, decision.retention(), entry);
            String recordPath = null;
            if (governanceServices.isAvailable() && !governanceServices.isRecord(document)) {
                recordPath = governanceServices.declareAndFile(document, owner.code(), decision.folderName());
                audit.record(ArchiveAudit.RECORD_DECLARED, document, level, owner.code(), recordPath);
            }
            if (firstFiling || datesChanged) {
                audit.record(ArchiveAudit.CLASSIFIED, document, level, owner.code(), classificationDetail(entry, decision));
            }
            if (permissionChanges != null) {
                audit.record(ArchiveAudit.PERMISSIONS, document, level, owner.code(), permissionChanges);
            }
            if (moved) {
                audit.record(ArchiveAudit.FILED, document, level, owner.code(),
                        FilingPlanner.AREA_FOLDER_NAME + "/" + decision.folderName());
            }
            Result result = new Result(decision, moved, permissionChanges, datesChanged, retention, recordPath);
            LOG.debug("Filed {}: {}", document, result);
            return result;
        } finally {
            behaviourFilter.enableBehaviour(document, DkipModel.ASPECT_DIKECUALIKAN);
        }
    }

    /** Sets expiry and review dates when they differ; an extension (a later expiry) is audited as such. */
    private boolean applyDates(NodeRef document, FilingDecision decision, String level, String unit) {
        LocalDate oldExpiry = localDate(nodeService.getProperty(document, DkipModel.PROP_TANGGAL_KEDALUWARSA));
        boolean changed = setDate(document, DkipModel.PROP_TANGGAL_KEDALUWARSA, decision.expiry());
        changed |= setDate(document, DkipModel.PROP_TANGGAL_TINJAU, decision.reviewDate());
        changed |= setProvisional(document, decision.reviewProvisional());
        if (oldExpiry != null && decision.expiry() != null && decision.expiry().isAfter(oldExpiry)) {
            audit.record(ArchiveAudit.EXTENDED, document, level, unit, oldExpiry + " -> " + decision.expiry());
        }
        return changed;
    }

    private boolean setDate(NodeRef node, QName property, LocalDate wanted) {
        LocalDate current = localDate(nodeService.getProperty(node, property));
        if (java.util.Objects.equals(current, wanted)) {
            return false;
        }
        if (wanted == null) {
            nodeService.removeProperty(node, property);
        } else {
            nodeService.setProperty(node, property, Date.from(wanted.atStartOfDay(zone).toInstant()));
        }
        return true;
    }

    /** dkip:tanggalSementara beside the review date: true while it was counted on the provisional calendar. */
    private boolean setProvisional(NodeRef node, boolean provisional) {
        if (Boolean.TRUE.equals(nodeService.getProperty(node, DkipModel.PROP_TANGGAL_SEMENTARA)) == provisional) {
            return false;
        }
        nodeService.setProperty(node, DkipModel.PROP_TANGGAL_SEMENTARA, provisional);
        return true;
    }

    private LocalDate localDate(Serializable value) {
        return value instanceof Date d ? d.toInstant().atZone(zone).toLocalDate() : null;
    }

    /** Moves (or links) the document into its level's folder in the area of the site it is in. */
    private boolean place(NodeRef document, FilingDecision decision) {
        NodeRef docLib = archiveArea.documentLibraryOf(document);
        if (docLib == null) {
            LOG.warn("{} is not in a site: it keeps its place; permissions and dates are applied", document);
            return false;
        }
        NodeRef target = archiveArea.levelFolder(docLib, decision.folderName());
        NodeRef parent = nodeService.getPrimaryParent(document).getParentRef();
        if (target.equals(parent)) {
            return false;
        }
        QName assocName = nodeService.getPrimaryParent(document).getQName();
        String name = name(document);
        if (!linkInsteadOfMove) {
            String free = freeName(target, name, document);
            if (!free.equals(name)) {
                // a same-named document is already filed there: keep both, as Share does on upload
                nodeService.setProperty(document, ContentModel.PROP_NAME, free);
            }
        }
        if (linkInsteadOfMove) {
            if (nodeService.getChildByName(target, ContentModel.ASSOC_CONTAINS, name(document)) != null) {
                return false;
            }
            nodeService.addChild(target, document, ContentModel.ASSOC_CONTAINS, assocName);
        } else {
            nodeService.moveNode(document, target, ContentModel.ASSOC_CONTAINS, assocName);
        }
        return true;
    }

    /** {@code name}, or "name (2).ext", "name (3).ext"... when another node holds the name in the folder. */
    private String freeName(NodeRef folder, String name, NodeRef document) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; ; n++) {
            NodeRef holder = nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, candidate);
            if (holder == null || holder.equals(document)) {
                return candidate;
            }
            candidate = base + " (" + n + ")" + ext;
        }
    }

    private boolean applyRetention(NodeRef document, Retention retention, DkipEntry entry) {
        if (nodeService.hasAspect(document, DkipModel.ASPECT_RETENSI_ARSIP)) {
            return false; // an officer's own JRA values are never overwritten
        }
        LocalDate start = entry.skDate() != null ? entry.skDate() : LocalDate.now(clock.withZone(zone));
        Map<QName, Serializable> props = new HashMap<>();
        if (!retention.classificationCode().isEmpty()) {
            props.put(DkipModel.PROP_KODE_KLASIFIKASI, retention.classificationCode());
        }
        props.put(DkipModel.PROP_RETENSI_AKTIF, retention.activeYears());
        props.put(DkipModel.PROP_RETENSI_INAKTIF, retention.inactiveYears());
        props.put(DkipModel.PROP_NASIB_AKHIR, retention.disposition());
        props.put(DkipModel.PROP_MULAI_RETENSI, Date.from(start.atStartOfDay(zone).toInstant()));
        nodeService.addAspect(document, DkipModel.ASPECT_RETENSI_ARSIP, props);
        return true;
    }

    /** A refusal rolls the transaction back, so it is recorded in a transaction of its own. */
    private void recordRefusal(NodeRef document, DkipEntry entry, FilingDecision decision) {
        String detail = decision.errors().stream().map(ClassificationRefusedException::line).collect(Collectors.joining("; "));
        String level = entry.securityLevel() == null ? null : entry.securityLevel().modelValue();
        try {
            RetryingTransactionHelper helper = transactionService.getRetryingTransactionHelper();
            helper.doInTransaction(() -> {
                audit.record(ArchiveAudit.REFUSED, document, level, entry.unitCode(), detail);
                return null;
            }, false, true);
        } catch (RuntimeException e) {
            LOG.warn("Could not audit the refusal of {}: {}", document, e.getMessage());
        }
    }

    private static String classificationDetail(DkipEntry entry, FilingDecision decision) {
        return "dasar=" + String.join(",", entry.grounds())
                + (decision.eventBound() ? "; jangka=peristiwa" : "; kedaluwarsa=" + decision.expiry() + "; tinjau="
                        + ProvisionalDates.print(String.valueOf(decision.reviewDate()), decision.reviewProvisional()))
                + (entry.skNumber() == null ? "" : "; SK=" + entry.skNumber())
                + (decision.findings().isEmpty() ? "" : "; peringatan=" + decision.findings().stream().map(Finding::code).collect(Collectors.joining(",")));
    }

    private String name(NodeRef node) {
        Serializable n = nodeService.getProperty(node, ContentModel.PROP_NAME);
        return n == null ? node.getId() : n.toString();
    }

    /** The unit's configured PPID Pembantu group when that group exists; else null (no Collaborator grant). */
    String ppidGroupOf(String unitCode) {
        String group = unitGroups.groupOf(unitCode).orElse(null);
        if (group != null && !authorityService.authorityExists(group)) {
            LOG.warn("PPID Pembantu group {} of unit {} does not exist: no Collaborator grant for the owning unit", group, unitCode);
            return null;
        }
        return group;
    }

    /**
     * Takes ownership (the uploader's ROLE_OWNER would keep FullControl: read, restore inheritance, re-grant) and
     * removes a Quick Share link made before classification. Removing {@code qshare:shared} removes the shared id
     * with it, and Alfresco's QuickShareService refuses every shared id whose node lacks the aspect.
     */
    private String closeToOthers(NodeRef document) {
        StringBuilder changes = new StringBuilder();
        String owner = ownableService.getOwner(document);
        if (!filingOwner.equals(owner)) {
            ownableService.setOwner(document, filingOwner);
            changes.append("pemilik ").append(owner).append(" -> ").append(filingOwner).append("; ");
        }
        if (nodeService.hasAspect(document, QuickShareModel.ASPECT_QSHARE)) {
            Serializable sharedId = nodeService.getProperty(document, QuickShareModel.PROP_QSHARE_SHAREDID);
            nodeService.removeAspect(document, QuickShareModel.ASPECT_QSHARE);
            changes.append("tautan Quick Share ").append(sharedId).append(" dihapus; ");
        }
        return changes.length() == 0 ? null : changes.toString().trim();
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }
}
