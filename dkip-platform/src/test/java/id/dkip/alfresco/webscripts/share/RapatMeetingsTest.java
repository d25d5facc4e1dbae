package id.dkip.alfresco.webscripts.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.workflow.AlfrescoPersonNames;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.workflow.DirectoryPort;
import id.dkip.core.workflow.ProposalValidator;
import id.dkip.core.workflow.RegisterPort;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.model.Repository;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PersonService;
import org.alfresco.service.cmr.workflow.WorkflowPath;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.cmr.workflow.WorkflowTask;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.springframework.extensions.webscripts.WebScriptException;

/** The meeting screen's repository side: who may open a meeting, which rows it has, what a decision may write. */
class RapatMeetingsTest {

    final WorkflowService workflowService = mock(WorkflowService.class);
    final NodeService nodeService = mock(NodeService.class);
    final Repository repository = mock(Repository.class);
    final PersonService personService = mock(PersonService.class);
    final RegisterPort register = mock(RegisterPort.class);
    final DirectoryPort directory = mock(DirectoryPort.class);
    final AlfrescoPersonNames personNames = mock(AlfrescoPersonNames.class);
    final ProposalValidator validator = mock(ProposalValidator.class);
    final RapatMeetings meetings = new RapatMeetings();
    final WorkflowTask task = mock(WorkflowTask.class);
    final Map<QName, Serializable> taskProps = new HashMap<>();
    final NodeRef row = new NodeRef("workspace://SpacesStore/row-1");
    final NodeRef timGroup = new NodeRef("workspace://SpacesStore/group-tim");
    /** Set while work runs inside AuthenticationUtil.runAsSystem, as Alfresco would run it as the system user. */
    boolean asSystem;
    final MockedStatic<AuthenticationUtil> auth = mockStatic(AuthenticationUtil.class);
    /** The user the web script runs as. */
    String user = "siti";

    RapatMeetingsTest() {
        auth.when(() -> AuthenticationUtil.runAsSystem(any())).thenAnswer(inv -> {
            asSystem = true;
            try {
                return ((AuthenticationUtil.RunAsWork<?>) inv.getArgument(0)).doWork();
            } finally {
                asSystem = false;
            }
        });
        // Repository.getPerson(): the current user's person node (null for System); its cm:userName is the name
        when(repository.getPerson()).thenAnswer(inv -> asSystem ? null : new NodeRef("workspace://SpacesStore/person-" + user));
        when(nodeService.getProperty(any(NodeRef.class), eq(ContentModel.PROP_USERNAME))).thenAnswer(inv ->
                inv.getArgument(0).toString().startsWith("workspace://SpacesStore/person-")
                        ? inv.getArgument(0).toString().substring("workspace://SpacesStore/person-".length()) : null);
        meetings.setWorkflowService(workflowService);
        meetings.setRepository(repository);
        meetings.setNodeService(nodeService);
        meetings.setPersonService(personService);
        meetings.setRegister(register);
        meetings.setDirectory(directory);
        meetings.setPersonNames(personNames);
        meetings.setValidator(validator);
        meetings.afterPropertiesSet();

        WorkflowPath path = mock(WorkflowPath.class);
        when(path.getId()).thenReturn("activiti$77");
        when(task.getName()).thenReturn("dkipwf:rapatTask");
        when(task.getPath()).thenReturn(path);
        when(task.getProperties()).thenReturn(taskProps);
        // As the public WorkflowService answers: WorkflowPermissionInterceptor refuses getTaskById with
        // AccessDeniedException to a user who is neither initiator nor assignee nor pooled actor (even a
        // pooled actor of a claimed task), so the module must read the task as system and decide with
        // isTaskEditable, Alfresco's edit rule (here: siti may, nobody else).
        when(workflowService.getTaskById(any())).thenAnswer(inv -> {
            if (!asSystem) {
                throw new AccessDeniedException("Accessing task with id='" + inv.getArgument(0) + "' is not allowed for user '" + user + "'");
            }
            return "activiti$123".equals(inv.getArgument(0)) ? task : null;
        });
        when(workflowService.isTaskEditable(task, "siti", false)).thenReturn(true);
        Map<QName, Serializable> pathProps = new HashMap<>();
        pathProps.put(RapatMeetings.UNIT_GROUP_NAMES, new ArrayList<>(List.of("GROUP_DKIP_PPID_YANKES")));
        pathProps.put(RapatMeetings.TEAM_GROUP_NAME, "GROUP_DKIP_TIM_PPID_PEMBANTU");
        when(workflowService.getPathProperties("activiti$77")).thenReturn(pathProps);
        // pooled task (nobody claimed it) for the team group
        taskProps.put(WorkflowModel.ASSOC_POOLED_ACTORS, new ArrayList<>(List.of(timGroup)));
        when(nodeService.getProperty(timGroup, ContentModel.PROP_AUTHORITY_NAME)).thenReturn("GROUP_DKIP_TIM_PPID_PEMBANTU");
        DkipEntry entry = mock(DkipEntry.class);
        when(entry.id()).thenReturn(row.toString());
        when(entry.information()).thenReturn("Rekam medis pasien");
        when(entry.grounds()).thenReturn(List.of("17h2"));
        when(register.proposals(anyCollection())).thenReturn(List.of(entry));
        when(validator.validate(anyCollection())).thenReturn(List.of());
    }

    @AfterEach
    void close() {
        auth.close();
    }

    @Test
    void aMemberOfTheCandidateGroupOpensTheMeetingAndSeesTheDraftsRows() {
        when(nodeService.getProperty(row, DkipModel.PROP_NOMOR_URUT)).thenReturn(3);
        when(nodeService.getProperty(row, DkipModel.PROP_KEPUTUSAN_RAPAT)).thenReturn("revisi");

        RapatMeetings.Meeting m = meetings.open("activiti$123");
        List<RapatMeetings.Row> rows = meetings.rows(m);

        assertThat(m.unitGroups()).containsExactly("GROUP_DKIP_PPID_YANKES");
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.nomorUrut()).isEqualTo(3);
            assertThat(r.informasi()).isEqualTo("Rekam medis pasien");
            assertThat(r.keputusan()).isEqualTo("revisi");
        });
        verify(register).proposals(List.of("GROUP_DKIP_PPID_YANKES"));
    }

    @Test
    void someoneOutsideTheTaskGets403AndNothingIsRead() {
        user = "budi";
        assertThatThrownBy(() -> meetings.open("activiti$123"))
                .isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
        verify(register, never()).proposals(anyCollection());
    }

    @Test
    void theEditRuleIsAlfrescosAskedForTheCurrentUserWithTheTaskReadAsSystem() {
        user = "ani";
        assertThatThrownBy(() -> meetings.open("activiti$123"))
                .isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
        verify(workflowService).isTaskEditable(task, "ani", false);
        when(workflowService.isTaskEditable(task, "ani", false)).thenReturn(true);
        assertThat(meetings.open("activiti$123").taskId()).isEqualTo("activiti$123");
    }

    @Test
    void badMissingCompletedOrOtherTasksAreRefused() {
        assertThatThrownBy(() -> meetings.open(null)).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
        assertThatThrownBy(() -> meetings.open("activiti$999")).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(404));
        when(task.getName()).thenReturn("dkipwf:penetapanTask");
        assertThatThrownBy(() -> meetings.open("activiti$123")).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
        when(task.getName()).thenReturn("dkipwf:rapatTask");
        taskProps.put(WorkflowModel.PROP_COMPLETION_DATE, new java.util.Date());
        assertThatThrownBy(() -> meetings.open("activiti$123")).isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(403));
    }

    @Test
    void aDecisionIsWrittenOnTheRowAsSystem() {
        List<Boolean> writtenAsSystem = new ArrayList<>();
        doAnswer(inv -> writtenAsSystem.add(asSystem)).when(nodeService).addProperties(eq(row), anyMap());

        RapatMeetings.Row saved = meetings.decide(meetings.open("activiti$123"), row.toString(), "tolak", "tidak", " Menyangkut kepentingan umum ");

        Map<QName, Serializable> expected = new HashMap<>();
        expected.put(DkipModel.PROP_KEPUTUSAN_RAPAT, "tolak");
        expected.put(DkipModel.PROP_HASIL_UJI_KONSEKUENSI, "tidak");
        expected.put(DkipModel.PROP_CATATAN_RAPAT, "Menyangkut kepentingan umum");
        verify(nodeService).addProperties(row, expected);
        assertThat(writtenAsSystem).containsExactly(true);
        assertThat(saved.keputusan()).isEqualTo("tolak");
    }

    @Test
    void invalidValuesAndRowsOutsideTheDraftAre400AndNothingIsWritten() {
        RapatMeetings.Meeting m = meetings.open("activiti$123");
        for (String[] bad : new String[][] {{row.toString(), "setuju", "lulus"}, {row.toString(), "terima", "lulus sebagian"},
                {"workspace://SpacesStore/other-row", "terima", "lulus"}}) {
            assertThatThrownBy(() -> meetings.decide(m, bad[0], bad[1], bad[2], null))
                    .isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
        }
        assertThatThrownBy(() -> meetings.decide(m, row.toString(), "terima", "lulus", "x".repeat(2001)))
                .isInstanceOfSatisfying(WebScriptException.class, e -> assertThat(e.getStatus()).isEqualTo(400));
        verify(nodeService, never()).addProperties(any(), anyMap());
    }

    @Test
    void quorumIsTheCoresHalfPlusOne() {
        assertThat(RapatMeetings.quorum(9)).isEqualTo(5);
        assertThat(RapatMeetings.quorum(8)).isEqualTo(5);
        assertThat(RapatMeetings.quorum(7)).isEqualTo(4);
    }
}
