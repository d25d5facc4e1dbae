package id.dkip.alfresco.webscripts.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.calendar.WorkingDayCalendar;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.cmr.workflow.WorkflowDefinition;
import org.alfresco.service.cmr.workflow.WorkflowInstance;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

/** The dashlet's data: open tasks by step with state and working days left, units that have sent. */
class TenggatGetTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    final WorkflowService workflowService = mock(WorkflowService.class);
    final SiteService siteService = mock(SiteService.class);
    final TenggatGet webScript = new TenggatGet();
    /** Set while work runs inside AuthenticationUtil.runAsSystem. */
    boolean asSystem;
    final MockedStatic<AuthenticationUtil> auth = mockStatic(AuthenticationUtil.class);

    TenggatGetTest() {
        auth.when(() -> AuthenticationUtil.runAsSystem(any())).thenAnswer(inv -> {
            asSystem = true;
            try {
                return ((AuthenticationUtil.RunAsWork<?>) inv.getArgument(0)).doWork();
            } finally {
                asSystem = false;
            }
        });
        webScript.setWorkflowService(workflowService);
        webScript.setSiteService(siteService);
        webScript.setNodeService(mock(NodeService.class));
        webScript.setEntryMapper(mock(EntryNodeMapper.class));
        webScript.setCalendar(WorkingDayCalendar.standard());
        webScript.setZone(WIB);
        webScript.afterPropertiesSet();
        webScript.setClock(java.time.Clock.fixed(TODAY.atTime(9, 0).atZone(WIB).toInstant(), WIB));
    }

    @AfterEach
    void close() {
        auth.close();
    }

    /** A Wednesday inside the bundled holiday data. */
    static final LocalDate TODAY = LocalDate.of(2026, 5, 6);

    WorkflowTask task(String type, String unit, LocalDate due) {
        WorkflowTask t = mock(WorkflowTask.class);
        Map<QName, Serializable> props = new HashMap<>();
        if (unit != null) {
            props.put(TenggatGet.UNIT_GROUP, unit);
        }
        props.put(WorkflowModel.PROP_DUE_DATE, Date.from(due.atStartOfDay(WIB).toInstant()));
        when(t.getName()).thenReturn(type);
        when(t.getProperties()).thenReturn(props);
        return t;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String site) {
        WebScriptRequest req = mock(WebScriptRequest.class);
        when(req.getParameter("site")).thenReturn(site);
        return webScript.executeImpl(req, new Status(), new Cache());
    }

    @Test
    void openUnitTasksAreLateReturnedOrRunningAndTheOtherUnitsHaveSent() {
        LocalDate today = TODAY;
        // The run was started on version 2; a restart (dkip.workflow.redeploy=true) has since deployed version 3,
        // which getDefinitionByName returns and which has no runs yet: getActiveWorkflows takes one version's id.
        WorkflowDefinition v2 = mock(WorkflowDefinition.class);
        when(v2.getId()).thenReturn("activiti$dkipPenyusunan:2:40");
        WorkflowDefinition v3 = mock(WorkflowDefinition.class);
        when(v3.getId()).thenReturn("activiti$dkipPenyusunan:3:99");
        when(workflowService.getDefinitionByName("activiti$dkipPenyusunan")).thenReturn(v3);
        when(workflowService.getAllDefinitionsByName("activiti$dkipPenyusunan")).thenReturn(List.of(v3, v2));
        WorkflowInstance run = mock(WorkflowInstance.class);
        when(run.getId()).thenReturn("activiti$10");
        when(workflowService.getActiveWorkflows("activiti$dkipPenyusunan:2:40")).thenReturn(List.of(run));
        when(workflowService.getActiveWorkflows("activiti$dkipPenyusunan:3:99")).thenReturn(List.of());
        WorkflowPath path = mock(WorkflowPath.class);
        when(path.getId()).thenReturn("activiti$11");
        when(workflowService.getWorkflowPaths("activiti$10")).thenReturn(List.of(path));
        Map<QName, Serializable> pathProps = new HashMap<>();
        pathProps.put(RapatMeetings.UNIT_GROUP_NAMES, new ArrayList<>(List.of("GROUP_A", "GROUP_B", "GROUP_C")));
        when(workflowService.getPathProperties("activiti$11")).thenReturn(pathProps);
        List<WorkflowTask> open = List.of(task("dkipwf:usulanTask", "GROUP_A", today.minusDays(3)),
                task("dkipwf:revisiUsulanTask", "GROUP_B", today.plusDays(10)));
        // As the public WorkflowService answers a user of GROUP_A (WorkflowPermissionInterceptor): only the tasks the
        // user is involved in; all of them only as system.
        when(workflowService.getTasksForWorkflowPath("activiti$11")).thenAnswer(inv -> asSystem ? open : open.subList(0, 1));

        Map<String, Object> model = get(null);

        @SuppressWarnings("unchecked")
        List<TenggatGet.TaskView> tasks = (List<TenggatGet.TaskView>) model.get("tasks");
        assertThat(tasks).extracting(TenggatGet.TaskView::unit, TenggatGet.TaskView::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GROUP_A", "terlambat"), org.assertj.core.groups.Tuple.tuple("GROUP_B", "dikembalikan"));
        assertThat(tasks.get(0).workingDaysLeft()).isNotNull().isNegative();
        assertThat(tasks).allSatisfy(t -> assertThat(t.step()).isEqualTo(1));
        @SuppressWarnings("unchecked")
        List<TenggatGet.SentView> sent = (List<TenggatGet.SentView>) model.get("sent");
        assertThat(sent).extracting(TenggatGet.SentView::unit).containsExactly("GROUP_C");
    }

    @Test
    void aTaskWhoseDueDateIsProvisionalSaysSo() {
        WorkflowDefinition def = mock(WorkflowDefinition.class);
        when(def.getId()).thenReturn("activiti$dkipPenyusunan:3:99");
        when(workflowService.getAllDefinitionsByName("activiti$dkipPenyusunan")).thenReturn(List.of(def));
        WorkflowInstance run = mock(WorkflowInstance.class);
        when(run.getId()).thenReturn("activiti$10");
        when(workflowService.getActiveWorkflows("activiti$dkipPenyusunan:3:99")).thenReturn(List.of(run));
        WorkflowPath path = mock(WorkflowPath.class);
        when(path.getId()).thenReturn("activiti$11");
        when(workflowService.getWorkflowPaths("activiti$10")).thenReturn(List.of(path));
        when(workflowService.getPathProperties("activiti$11")).thenReturn(new HashMap<>());
        WorkflowTask provisional = task("dkipwf:rancanganTask", null, LocalDate.of(2027, 1, 4));
        provisional.getProperties().put(TenggatGet.TASK_DUE_PROVISIONAL, true);
        WorkflowTask finalDue = task("dkipwf:rapatTask", null, TODAY.plusDays(1));
        when(workflowService.getTasksForWorkflowPath("activiti$11")).thenReturn(List.of(provisional, finalDue));

        @SuppressWarnings("unchecked")
        List<TenggatGet.TaskView> tasks = (List<TenggatGet.TaskView>) get(null).get("tasks");

        assertThat(tasks).extracting(TenggatGet.TaskView::type, TenggatGet.TaskView::provisional).containsExactly(
                org.assertj.core.groups.Tuple.tuple("dkipwf:rancanganTask", true),
                org.assertj.core.groups.Tuple.tuple("dkipwf:rapatTask", false));
        // the workflow model's property dkipwf:tanggalSementara, as Alfresco maps the task-local variable
        assertThat(TenggatGet.TASK_DUE_PROVISIONAL).isEqualTo(QName.createQName("http://www.dkip.id/model/workflow/1.0", "tanggalSementara"));
    }

    @Test
    void noRunNoTasksAndAnUnknownSiteIs404() {
        assertThat((List<?>) get(null).get("tasks")).isEmpty();
        assertThatThrownBy(() -> get("tidak-ada")).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
    }
}
