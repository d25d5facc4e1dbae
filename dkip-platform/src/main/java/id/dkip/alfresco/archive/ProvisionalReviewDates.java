package id.dkip.alfresco.archive;

import id.dkip.alfresco.search.TransactionalSearch;
import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.calendar.CalendarRangeException;
import id.dkip.core.calendar.ComputedDate;
import id.dkip.core.legal.ExemptionDates;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Recomputes the review dates stored as provisional ({@code dkip:tanggalSementara = true}) once the SKB 3 Menteri
 * decree of their year is loaded (the admin reload, {@code POST /dkip/admin/kalender/muat-ulang}): the review date is
 * counted again from the stored expiry ({@code dkip:tanggalKedaluwarsa}); when no day it looks at is provisional any
 * more, the new date is stored and the flag cleared. Dates still provisional (a year still without its decree) are
 * left as they are.
 * <p>
 * The nodes are found with one exact-term query the database answers ({@link #query()}, TMDQ,
 * {@code QueryConsistency.TRANSACTIONAL}), page by page, each page of {@code pageSize} in its own transaction, as
 * the system user. The dkip:dikecualikan behaviours are off for the node while its dates are written: only dates
 * the module owns change, so nothing needs re-filing.
 */
public class ProvisionalReviewDates implements InitializingBean {

    /** What one run did: nodes found flagged, those recomputed (flag cleared), those still provisional. */
    public record Report(int examined, int recomputed, int stillProvisional) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProvisionalReviewDates.class);

    private SearchService searchService;
    private NodeService nodeService;
    private BehaviourFilter behaviourFilter;
    private TransactionService transactionService;
    private SystemWork systemWork;
    private ExemptionDates exemptionDates;
    private ZoneId zone = ZoneId.of("Asia/Jakarta");
    private int pageSize = 200;

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setBehaviourFilter(BehaviourFilter behaviourFilter) {
        this.behaviourFilter = behaviourFilter;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    public void setExemptionDates(ExemptionDates exemptionDates) {
        this.exemptionDates = exemptionDates;
    }

    /** {@code dkip.timeZone}: the zone the dates are kept in. */
    public void setZone(String zone) {
        this.zone = ZoneId.of(zone.trim());
    }

    /** Nodes per transaction ({@code dkip.archive.expiry.pageSize}, shared with the expiry job). */
    public void setPageSize(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "behaviourFilter", behaviourFilter);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
        PropertyCheck.mandatory(this, "exemptionDates", exemptionDates);
    }

    /** Every node whose review date is provisional: exact terms only, so TMDQ answers it transactionally. */
    public static String query() {
        return "ASPECT:\"dkip:dikecualikan\" AND =dkip:tanggalSementara:true";
    }

    /** Recomputes every provisional review date the calendar as loaded now can count finally. */
    public Report recompute() {
        return systemWork.run(this::recomputeAsSystem);
    }

    private Report recomputeAsSystem() {
        int skip = 0;
        int examined = 0;
        int recomputed = 0;
        boolean more = true;
        while (more) {
            final int from = skip;
            Page page = transactionService.getRetryingTransactionHelper().doInTransaction(() -> page(from), false, true);
            examined += page.nodes;
            recomputed += page.recomputed;
            // recomputed nodes leave the query's results; the ones still provisional stay and are skipped
            skip += page.nodes - page.recomputed;
            more = page.hasMore && page.nodes > 0;
        }
        Report report = new Report(examined, recomputed, examined - recomputed);
        LOG.info("Provisional review dates: {} found, {} recomputed with the loaded decree, {} still provisional",
                report.examined(), report.recomputed(), report.stillProvisional());
        return report;
    }

    private record Page(int nodes, int recomputed, boolean hasMore) {
    }

    private Page page(int skip) {
        TransactionalSearch.Page found = TransactionalSearch.page(searchService, query(), skip, pageSize);
        int recomputed = 0;
        for (NodeRef node : found.nodes()) {
            recomputed += recompute(node) ? 1 : 0;
        }
        return new Page(found.nodes().size(), recomputed, found.hasMore());
    }

    /** Counts the node's review date again; true when it is final now (stored, flag cleared). */
    boolean recompute(NodeRef node) {
        LocalDate expiry = localDate(nodeService.getProperty(node, DkipModel.PROP_TANGGAL_KEDALUWARSA));
        ComputedDate review = null;
        if (expiry != null) {
            try {
                review = exemptionDates.reviewDateMarked(expiry);
            } catch (CalendarRangeException e) {
                return false; // a strict calendar without the year: still unknown
            }
            if (review.provisional()) {
                return false;
            }
        }
        behaviourFilter.disableBehaviour(node, DkipModel.ASPECT_DIKECUALIKAN);
        try {
            if (review == null) {
                nodeService.removeProperty(node, DkipModel.PROP_TANGGAL_TINJAU); // no expiry, so no review date
            } else {
                nodeService.setProperty(node, DkipModel.PROP_TANGGAL_TINJAU, Date.from(review.date().atStartOfDay(zone).toInstant()));
            }
            nodeService.setProperty(node, DkipModel.PROP_TANGGAL_SEMENTARA, false);
        } finally {
            behaviourFilter.enableBehaviour(node, DkipModel.ASPECT_DIKECUALIKAN);
        }
        LOG.debug("Review date of {} recomputed: {}", node, review == null ? null : review.date());
        return true;
    }

    /** The day of a d:date value, taken to the nearest midnight in the zone (as EntryNodeMapper reads dates). */
    private LocalDate localDate(Serializable value) {
        return value instanceof Date d ? d.toInstant().atZone(zone).plusHours(12).toLocalDate() : null;
    }
}
