package id.dkip.alfresco.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.core.process.SopStep;
import id.dkip.core.workflow.Notice;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.jscript.ScriptNode;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.junit.jupiter.api.Test;

/** The Alfresco side of the workflow, with Alfresco's services mocked. */
class AlfrescoWorkflowShellTest {

    private static final NodeRef GROUP = new NodeRef("workspace://SpacesStore/group-yankes");
    private static final NodeRef PERSON = new NodeRef("workspace://SpacesStore/person-ani");

    @Test
    void scriptNodesFromTheFormsBecomeAuthorityNames() {
        NodeService nodeService = mock(NodeService.class);
        when(nodeService.getProperty(GROUP, ContentModel.PROP_AUTHORITY_NAME)).thenReturn("GROUP_DKIP_PPID_YANKES");
        when(nodeService.getProperty(PERSON, ContentModel.PROP_USERNAME)).thenReturn("ani");
        AlfrescoAuthorityNames names = new AlfrescoAuthorityNames();
        names.setNodeService(nodeService);
        names.afterPropertiesSet();
        ScriptNode groupNode = mock(ScriptNode.class);
        when(groupNode.getNodeRef()).thenReturn(GROUP);
        ScriptNode personNode = mock(ScriptNode.class);
        when(personNode.getNodeRef()).thenReturn(PERSON);

        assertThat(names.namesOf(List.of(groupNode, personNode, "GROUP_X"))).containsExactly("GROUP_DKIP_PPID_YANKES", "ani", "GROUP_X");
        assertThat(names.nameOf(groupNode)).isEqualTo("GROUP_DKIP_PPID_YANKES");
        NodeRef other = new NodeRef("workspace://SpacesStore/folder");
        assertThatThrownBy(() -> names.nameOf(other)).hasMessageContaining("neither a group nor a person");
    }

    @Test
    void missingCollaboratorsFailAtStartUpNamingTheProperty() {
        assertThatThrownBy(() -> new AlfrescoAuthorityNames().afterPropertiesSet()).hasMessageContaining("nodeService");
        assertThatThrownBy(() -> new AlfrescoRegister().afterPropertiesSet()).hasMessageContaining("nodeService");
        assertThatThrownBy(() -> new AlfrescoDirectory().afterPropertiesSet()).hasMessageContaining("authorityService");
        DkipTaskCompleteListener listener = new DkipTaskCompleteListener();
        listener.setBeanRegistry(new HashMap<>());
        assertThatThrownBy(listener::afterPropertiesSet).hasMessageContaining("listener");
        assertThatThrownBy(() -> new DkipTaskCreateListener().afterPropertiesSet()).hasMessageContaining("activitiBeanRegistry");
    }

    @Test
    void listenersAreRegisteredUnderTheNamesTheBpmnUses() {
        Map<Object, Object> registry = new HashMap<>();
        TaskListener core = mock(TaskListener.class);
        DkipTaskCompleteListener complete = new DkipTaskCompleteListener();
        complete.setBeanRegistry(registry);
        complete.setListener(core);
        complete.afterPropertiesSet();
        DkipTaskCreateListener create = new DkipTaskCreateListener();
        create.setBeanRegistry(registry);
        create.afterPropertiesSet();
        assertThat(registry).containsOnlyKeys("DkipTaskCompleteListener", "DkipTaskCreateListener");
        DelegateTask task = mock(DelegateTask.class);
        complete.notify(task);
        verify(core).notify(task);
    }

    @Test
    void directoryListsTheGroupsUsers() {
        AuthorityService authorities = mock(AuthorityService.class);
        when(authorities.getContainedAuthorities(AuthorityType.USER, "GROUP_TIM", false)).thenReturn(Set.of("a", "b"));
        AlfrescoDirectory directory = new AlfrescoDirectory();
        directory.setAuthorityService(authorities);
        assertThat(directory.members("GROUP_TIM")).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void escalationIsMailedToPengelolaDataAndAtasan() {
        ActionService actions = mock(ActionService.class);
        Action mail = mock(Action.class);
        when(actions.createAction("mail")).thenReturn(mail);
        AlfrescoNotifications notifications = new AlfrescoNotifications();
        notifications.setActionService(actions);
        notifications.afterPropertiesSet();
        notifications.send(new Notice(Notice.Kind.ESCALATION, SopStep.RAPAT, "42", List.of("t1"),
                List.of("GROUP_DKIP_PENGELOLA_DATA", "GROUP_DKIP_ATASAN_PPID"), Instant.EPOCH, Instant.EPOCH));
        verify(mail).setParameterValue(eq("to_many"), eq(new java.util.ArrayList<>(List.of("GROUP_DKIP_PENGELOLA_DATA", "GROUP_DKIP_ATASAN_PPID"))));
        verify(mail).setParameterValue(eq("subject"), any());
        verify(actions).executeAction(mail, null);
    }
}
