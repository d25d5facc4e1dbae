package id.dkip.alfresco.webscripts.share;

import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.alfresco.webscripts.SiteRegisterRows;
import id.dkip.core.calendar.CalendarRangeException;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.workflow.DkipVariables;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.DeclarativeWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * {@code GET /dkip/share/tenggat[?site=]}: the dashlet "Tugas & tenggat DKIP". For every active run of the SOP: each
 * open task with its step, unit, due date, working days left and state (berjalan, terlambat, dikembalikan), and per
 * unit step the units that have already sent (no open task left). With a site: the site's established exemptions
 * whose review date falls within the next {@value #REVIEW_WORKING_DAYS} working days.
 */
public class TenggatGet extends DeclarativeWebScript implements InitializingBean {

    static final int REVIEW_WORKING_DAYS = 30;
    static final String PROCESS = "activiti$" + DkipVariables.PROCESS_KEY;
    /** Task type (form key) -> SOP step. */
    static final Map<String, Integer> STEPS = Map.of("dkipwf:usulanTask", 1, "dkipwf:revisiUsulanTask", 1,
            "dkipwf:rancanganTask", 2, "dkipwf:rapatTask", 3, "dkipwf:penetapanTask", 4, "dkipwf:terimaSkTask", 5,
            "dkipwf:dokumentasiTask", 6);
    static final Set<Integer> UNIT_STEPS = Set.of(1, 5, 6);
    static final QName UNIT_GROUP = RapatMeetings.variable(DkipVariables.UNIT_GROUP);

    private WorkflowService workflowService;
    private SiteService siteService;
    private NodeService nodeService;
    private EntryNodeMapper entryMapper;
    private WorkingDayCalendar calendar;
    private ZoneId zone;
    /** The clock "today" is read from (the agency's zone); replaceable in tests. */
    private java.time.Clock clock;

    public record TaskView(String runId, int step, String type, String unit, LocalDate due, Integer workingDaysLeft, String state) {
    }

    public record SentView(String runId, int step, String unit) {
    }

    public record ReviewView(String nodeRef, String label, LocalDate reviewDate, LocalDate expiryDate) {
    }

    @Override
    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache) {
        LocalDate today = LocalDate.now(clock != null ? clock : java.time.Clock.system(zone));
        List<TaskView> tasks = new ArrayList<>();
        List<SentView> sent = new ArrayList<>();
        WorkflowDefinition definition = workflowService.getDefinitionByName(PROCESS);
        if (definition != null) {
            for (WorkflowInstance run : workflowService.getActiveWorkflows(definition.getId())) {
                collect(run, today, tasks, sent);
            }
        }
        tasks.sort(Comparator.comparing(TaskView::step).thenComparing(t -> t.unit() == null ? "" : t.unit()));
        Map<String, Object> model = new HashMap<>();
        model.put("today", today);
        model.put("tasks", tasks);
        model.put("sent", sent);
        model.put("reviews", reviews(req.getParameter("site"), today));
        return model;
    }

    private void collect(WorkflowInstance run, LocalDate today, List<TaskView> tasks, List<SentView> sent) {
        List<String> units = new ArrayList<>();
        Map<Integer, Set<String>> open = new HashMap<>();
        for (WorkflowPath path : workflowService.getWorkflowPaths(run.getId())) {
            if (units.isEmpty() && workflowService.getPathProperties(path.getId()).get(RapatMeetings.UNIT_GROUP_NAMES) instanceof Collection<?> c) {
                c.forEach(u -> units.add(String.valueOf(u)));
            }
            for (WorkflowTask task : workflowService.getTasksForWorkflowPath(path.getId())) {
                Integer step = STEPS.get(task.getName());
                if (step == null) {
                    continue;
                }
                Map<QName, Serializable> props = task.getProperties();
                Serializable unit = props.get(UNIT_GROUP);
                LocalDate due = props.get(WorkflowModel.PROP_DUE_DATE) instanceof Date d ? d.toInstant().atZone(zone).toLocalDate() : null;
                Integer left = due == null ? null : workingDaysLeft(today, due);
                String state = "dkipwf:revisiUsulanTask".equals(task.getName()) ? "dikembalikan"
                        : due != null && due.isBefore(today) ? "terlambat" : "berjalan";
                tasks.add(new TaskView(run.getId(), step, task.getName(), unit == null ? null : unit.toString(), due, left, state));
                if (unit != null) {
                    open.computeIfAbsent(step, k -> new LinkedHashSet<>()).add(unit.toString());
                }
            }
        }
        // a unit step still open for some units: the others have sent
        for (Map.Entry<Integer, Set<String>> e : open.entrySet()) {
            if (UNIT_STEPS.contains(e.getKey())) {
                for (String unit : units) {
                    if (!e.getValue().contains(unit)) {
                        sent.add(new SentView(run.getId(), e.getKey(), unit));
                    }
                }
            }
        }
    }

    /** Working days from today to the due date (negative when late); null where the holiday data ends. */
    Integer workingDaysLeft(LocalDate today, LocalDate due) {
        try {
            return calendar.countWorkingDays(today, due);
        } catch (CalendarRangeException e) {
            return null;
        }
    }

    private List<ReviewView> reviews(String site, LocalDate today) {
        List<ReviewView> out = new ArrayList<>();
        if (site == null || site.isBlank()) {
            return out;
        }
        if (siteService.getSite(site) == null) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "Situs tidak ditemukan: " + site);
        }
        LocalDate until;
        try {
            until = calendar.addWorkingDays(today, REVIEW_WORKING_DAYS);
        } catch (CalendarRangeException e) {
            until = today.plusDays(REVIEW_WORKING_DAYS * 7L / 5); // beyond the holiday data: calendar weeks
        }
        for (NodeRef ref : new SiteRegisterRows(siteService, nodeService).rows(site)) {
            DkipEntry e = entryMapper.read(ref);
            LocalDate review = e.reviewDate();
            if (e.status() == EntryStatus.DITETAPKAN && review != null && !review.isBefore(today) && !review.isAfter(until)) {
                out.add(new ReviewView(ref.toString(), RegisterRowsGet.label(nodeService, ref, e), review, e.expiryDate()));
            }
        }
        out.sort(Comparator.comparing(ReviewView::reviewDate));
        return out;
    }

    public void setWorkflowService(WorkflowService workflowService) {
        this.workflowService = workflowService;
    }

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setEntryMapper(EntryNodeMapper entryMapper) {
        this.entryMapper = entryMapper;
    }

    public void setCalendar(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    void setClock(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "workflowService", workflowService);
        PropertyCheck.mandatory(this, "siteService", siteService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "entryMapper", entryMapper);
        PropertyCheck.mandatory(this, "calendar", calendar);
        PropertyCheck.mandatory(this, "zone", zone);
    }
}
