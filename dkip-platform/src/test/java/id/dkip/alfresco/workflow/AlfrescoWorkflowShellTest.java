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
import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.process.FilingItem;
import org.alfresco.service.cmr.repository.AssociationRef;
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
        complete.setSystemWork(InPlaceSystemWork.asCaller());
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

    @Test
    void documentsLiveInTheRunsOwnFolderAndAreOnlyLinkedIntoTheWorkflowPackage() {
        id.dkip.core.documents.DocumentGenerator generator = mock(id.dkip.core.documents.DocumentGenerator.class);
        id.dkip.alfresco.documents.DocumentNodeWriter writer = mock(id.dkip.alfresco.documents.DocumentNodeWriter.class);
        var docx = new id.dkip.core.documents.GeneratedDocument(id.dkip.core.documents.DocumentKind.DKIP,
                id.dkip.core.documents.DocumentFormat.DOCX, "dkip.docx", new byte[] {1});
        var pdf = new id.dkip.core.documents.GeneratedDocument(id.dkip.core.documents.DocumentKind.DKIP,
                id.dkip.core.documents.DocumentFormat.PDF, "dkip.pdf", new byte[] {2});
        java.time.LocalDate day = java.time.LocalDate.of(2026, 3, 2);
        when(generator.draftDkip(List.of(), day, id.dkip.core.documents.DocumentFormat.DOCX)).thenReturn(docx);
        when(generator.draftDkip(List.of(), day, id.dkip.core.documents.DocumentFormat.PDF)).thenReturn(pdf);
        NodeRef pkg = new NodeRef("workspace://SpacesStore/package");
        NodeRef companyHome = new NodeRef("workspace://SpacesStore/company-home");
        NodeRef home = new NodeRef("workspace://SpacesStore/dokumen-penyusunan");
        NodeRef run = new NodeRef("workspace://SpacesStore/run-42");
        NodeService nodeService = mock(NodeService.class);
        org.alfresco.repo.model.Repository repository = mock(org.alfresco.repo.model.Repository.class);
        when(repository.getCompanyHome()).thenReturn(companyHome);
        when(nodeService.createNode(eq(companyHome), eq(ContentModel.ASSOC_CONTAINS), any(), eq(ContentModel.TYPE_FOLDER),
                eq(Map.of(ContentModel.PROP_NAME, "Dokumen Penyusunan DKIP"))))
                .thenReturn(childAssoc(home));
        when(nodeService.createNode(eq(home), eq(ContentModel.ASSOC_CONTAINS), any(), eq(ContentModel.TYPE_FOLDER),
                eq(Map.of(ContentModel.PROP_NAME, "Penyusunan DKIP 42"))))
                .thenReturn(childAssoc(run));
        NodeRef written = new NodeRef("workspace://SpacesStore/docx");
        when(writer.write(eq(docx), eq(run), eq(pkg), any(), eq(false), any())).thenReturn(written);
        when(writer.write(eq(pdf), eq(run), eq(pkg), any(), eq(false), any())).thenReturn(new NodeRef("workspace://SpacesStore/pdf"));
        ScriptNode packageNode = mock(ScriptNode.class);
        when(packageNode.getNodeRef()).thenReturn(pkg);

        AlfrescoDocuments documents = new AlfrescoDocuments();
        documents.setGenerator(generator);
        documents.setNodeWriter(writer);
        documents.setNodeService(nodeService);
        documents.setRepository(repository);
        documents.setFolder("");
        documents.setFormats("docx, pdf");
        documents.afterPropertiesSet();
        String ref = documents.produce(new id.dkip.core.workflow.DocumentRequest(id.dkip.core.documents.DocumentKind.DKIP,
                false, "42", day, List.of(), null, null, null, null, null, packageNode, null, null));
        assertThat(ref).isEqualTo(written.toString());
        // stored in the run's folder (created under Company Home's "Dokumen Penyusunan DKIP"), linked into the package
        verify(writer).write(eq(pdf), eq(run), eq(pkg), any(), eq(false), any());
        verify(writer, org.mockito.Mockito.never()).write(any(), eq(pkg), any(), any(), org.mockito.ArgumentMatchers.anyBoolean(), any());
        assertThatThrownBy(() -> documents.setFormats(" ")).hasMessageContaining("dkip.workflow.documents.formats");
    }

    @Test
    void mailIsSentAfterCommitAndASendFailureIsIgnored() {
        ActionService actions = mock(ActionService.class);
        Action mail = mock(Action.class);
        when(actions.createAction("mail")).thenReturn(mail);
        AlfrescoNotifications notifications = new AlfrescoNotifications();
        notifications.setActionService(actions);
        notifications.afterPropertiesSet();
        notifications.send(new Notice(Notice.Kind.REMINDER, SopStep.RAPAT, "42", List.of("t1"), List.of("GROUP_DKIP_TIM"),
                Instant.EPOCH, Instant.EPOCH));
        // MailActionExecuter.PARAM_SEND_AFTER_COMMIT / PARAM_IGNORE_SEND_FAILURE in ACS 26.1
        verify(mail).setParameterValue("send_after_commit", true);
        verify(mail).setParameterValue("ignore_send_failure", true);
    }

    private static org.alfresco.service.cmr.repository.ChildAssociationRef childAssoc(NodeRef child) {
        return new org.alfresco.service.cmr.repository.ChildAssociationRef(ContentModel.ASSOC_CONTAINS,
                new NodeRef("workspace://SpacesStore/parent"), null, child);
    }

    /** Step 6's completeness sees a document that filing linked to the row (document -> row, dkip:entriDkip). */
    @Test
    void aRowIsFiledWhenADocumentIsLinkedToItByFiling() {
        NodeRef row = new NodeRef("workspace://SpacesStore/row-1");
        NodeRef handPicked = new NodeRef("workspace://SpacesStore/row-2");
        NodeRef none = new NodeRef("workspace://SpacesStore/row-3");
        NodeRef doc = new NodeRef("workspace://SpacesStore/doc-1");
        NodeRef doc2 = new NodeRef("workspace://SpacesStore/doc-2");
        NodeService nodeService = mock(NodeService.class);
        when(nodeService.getSourceAssocs(row, DkipModel.ASSOC_ENTRI_DKIP)).thenReturn(List.of(new AssociationRef(doc, DkipModel.ASSOC_ENTRI_DKIP, row)));
        when(nodeService.getTargetAssocs(row, DkipModel.ASSOC_DOKUMEN_TERARSIP)).thenReturn(List.of());
        when(nodeService.getSourceAssocs(handPicked, DkipModel.ASSOC_ENTRI_DKIP)).thenReturn(List.of());
        when(nodeService.getTargetAssocs(handPicked, DkipModel.ASSOC_DOKUMEN_TERARSIP))
                .thenReturn(List.of(new AssociationRef(handPicked, DkipModel.ASSOC_DOKUMEN_TERARSIP, doc2)));
        when(nodeService.getSourceAssocs(none, DkipModel.ASSOC_ENTRI_DKIP)).thenReturn(List.of());
        when(nodeService.getTargetAssocs(none, DkipModel.ASSOC_DOKUMEN_TERARSIP)).thenReturn(List.of());
        AlfrescoRegister register = new AlfrescoRegister();
        register.setNodeService(nodeService);

        List<FilingItem> items = register.filing(List.of(row.toString(), handPicked.toString(), none.toString()));

        assertThat(items).extracting(FilingItem::documentRef).containsExactly(doc.toString(), doc2.toString(), null);
    }

    /**
     * Seen in a real Share 26.1 run: the step 4 form does not ask who decides, for which body and where, so every
     * established row lacked them and the first document filed for it was refused (DKIP-SK-OFFICIAL-MISSING).
     * Establishing now gives a row that names none of them the agency profile's, the same the SK prints.
     */
    @Test
    void establishingGivesARowTheDecidingOfficialBodyAndPlaceOfTheAgencyUnlessTheRowNamesThem() throws Exception {
        NodeRef bare = new NodeRef("workspace://SpacesStore/bare");
        NodeRef named = new NodeRef("workspace://SpacesStore/named");
        Map<NodeRef, Map<org.alfresco.service.namespace.QName, java.io.Serializable>> props = new HashMap<>();
        props.put(bare, new HashMap<>());
        props.put(named, new HashMap<>(Map.of(DkipModel.PROP_PEJABAT_PENETAP, "Budi, Sekretaris Dinas",
                DkipModel.PROP_BADAN_PUBLIK, "Dinas Kesehatan", DkipModel.PROP_TEMPAT_PENETAPAN, "Tangerang")));
        NodeService nodeService = mock(NodeService.class);
        when(nodeService.getProperty(any(), any())).thenAnswer(i -> props.get((NodeRef) i.getArgument(0)).get(i.getArgument(1)));
        org.mockito.Mockito.doAnswer(i -> {
            props.get((NodeRef) i.getArgument(0)).putAll(i.getArgument(1));
            return null;
        }).when(nodeService).addProperties(any(), any());
        id.dkip.core.documents.AgencyProfile agency = id.dkip.core.documents.AgencyProfile.fromJson(
                new java.io.ByteArrayInputStream(("{\"name\":\"Dinas Contoh\",\"place\":\"Kota Contoh\","
                        + "\"ppid\":{\"name\":\"Sari\",\"position\":\"Sekretaris\",\"nip\":\"198001012005012001\"}}")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        AlfrescoRegister register = new AlfrescoRegister();
        register.setNodeService(nodeService);
        register.setAgencyProfile(agency);

        register.establish(List.of(bare.toString(), named.toString()),
                new id.dkip.core.process.Amendment("188/1/2026", java.time.LocalDate.of(2026, 3, 6), null));

        assertThat(props.get(bare).get(DkipModel.PROP_PEJABAT_PENETAP)).isEqualTo(agency.ppidIdentity())
                .asString().startsWith("Sari, Sekretaris, NIP. ");
        assertThat(props.get(bare).get(DkipModel.PROP_BADAN_PUBLIK)).isEqualTo("Dinas Contoh");
        assertThat(props.get(bare).get(DkipModel.PROP_TEMPAT_PENETAPAN)).isEqualTo("Kota Contoh");
        assertThat(props.get(bare).get(DkipModel.PROP_STATUS)).isEqualTo("ditetapkan");
        assertThat(props.get(named).get(DkipModel.PROP_PEJABAT_PENETAP)).isEqualTo("Budi, Sekretaris Dinas");
        assertThat(props.get(named).get(DkipModel.PROP_BADAN_PUBLIK)).isEqualTo("Dinas Kesehatan");
        assertThat(props.get(named).get(DkipModel.PROP_TEMPAT_PENETAPAN)).isEqualTo("Tangerang");

        // the built-in profile names no agency (seen in a real ACS 26.1: rows got ", Pejabat ..." and "Badan
        // Publik"): its placeholders are not written, so filing still says what is missing
        NodeRef unconfigured = new NodeRef("workspace://SpacesStore/unconfigured");
        props.put(unconfigured, new HashMap<>());
        register.setAgencyProfile(id.dkip.core.documents.AgencyProfile.defaults());
        register.establish(List.of(unconfigured.toString()),
                new id.dkip.core.process.Amendment("188/2/2026", java.time.LocalDate.of(2026, 3, 6), null));
        assertThat(props.get(unconfigured)).doesNotContainKeys(DkipModel.PROP_PEJABAT_PENETAP, DkipModel.PROP_BADAN_PUBLIK)
                .containsEntry(DkipModel.PROP_STATUS, "ditetapkan");
    }
}
