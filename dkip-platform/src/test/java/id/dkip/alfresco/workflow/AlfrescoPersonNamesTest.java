package id.dkip.alfresco.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.documents.DocumentNodeWriter;
import id.dkip.core.documents.DocumentFormat;
import id.dkip.core.documents.DocumentGenerator;
import id.dkip.core.documents.DocumentKind;
import id.dkip.core.documents.GeneratedDocument;
import id.dkip.core.documents.MeetingRecord;
import id.dkip.core.process.QuorumDecision;
import id.dkip.core.workflow.DocumentRequest;
import id.dkip.core.workflow.MeetingFacts;
import java.time.LocalDate;
import java.util.List;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PersonService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** People in the generated documents under their names (PersonService and NodeService mocked). */
class AlfrescoPersonNamesTest {

    private final PersonService people = mock(PersonService.class);
    private final NodeService nodes = mock(NodeService.class);
    private final AlfrescoPersonNames names = new AlfrescoPersonNames();

    @BeforeEach
    void setUp() {
        person("budi.santoso", "Budi", "Santoso");
        person("ani", "Ani", null);
        person("tanpa.nama", null, " ");
        names.setPersonService(people);
        names.setNodeService(nodes);
        names.afterPropertiesSet();
    }

    private void person(String user, String first, String last) {
        NodeRef node = new NodeRef("workspace://SpacesStore/person-" + user);
        when(people.getPersonOrNull(user)).thenReturn(node);
        when(nodes.getProperty(node, ContentModel.PROP_FIRSTNAME)).thenReturn(first);
        when(nodes.getProperty(node, ContentModel.PROP_LASTNAME)).thenReturn(last);
    }

    @Test
    void userNamesBecomeFullNamesAndTheRestIsUnchanged() {
        assertThat(names.apply("budi.santoso")).isEqualTo("Budi Santoso");
        assertThat(names.apply("ani")).isEqualTo("Ani");
        assertThat(names.apply("tanpa.nama")).isEqualTo("tanpa.nama");
        assertThat(names.apply("tidak.dikenal")).isEqualTo("tidak.dikenal");
        assertThat(names.apply("GROUP_DKIP_TIM")).isEqualTo("GROUP_DKIP_TIM");
        verify(people, never()).getPersonOrNull("GROUP_DKIP_TIM");
    }

    @Test
    void peopleSharingAFullNameAreToldApart() {
        person("budi.s", "Budi", "Santoso");
        assertThat(names.displayNames(List.of("budi.santoso", "budi.s", "ani", "budi.santoso")))
                .containsEntry("budi.santoso", "Budi Santoso (budi.santoso)")
                .containsEntry("budi.s", "Budi Santoso (budi.s)")
                .containsEntry("ani", "Ani")
                .hasSize(3);
        verify(people).getPersonOrNull("budi.santoso"); // once, though listed twice
    }

    @Test
    void theBeritaAcaraListsTheTeamUnderTheirNamesAndJabatanFromTheDirectoryWithPresenceKept() {
        NodeRef budi = new NodeRef("workspace://SpacesStore/person-budi.santoso");
        when(nodes.getProperty(budi, ContentModel.PROP_JOBTITLE)).thenReturn("Sekretaris Dinas");
        AlfrescoDirectory directory = new AlfrescoDirectory();
        directory.setAuthorityService(mock(org.alfresco.service.cmr.security.AuthorityService.class));
        directory.setPersonNames(names);
        directory.setPersonService(people);
        directory.setNodeService(nodes);
        directory.afterPropertiesSet();

        DocumentGenerator generator = mock(DocumentGenerator.class);
        DocumentNodeWriter writer = mock(DocumentNodeWriter.class);
        GeneratedDocument ba = new GeneratedDocument(DocumentKind.BERITA_ACARA, DocumentFormat.DOCX, "ba.docx", new byte[] {1});
        when(generator.beritaAcara(any(), any(), any(), eq(DocumentFormat.DOCX))).thenReturn(ba);
        NodeRef pkg = new NodeRef("workspace://SpacesStore/package");
        NodeRef home = new NodeRef("workspace://SpacesStore/home");
        NodeRef run = new NodeRef("workspace://SpacesStore/run-42");
        when(nodes.getChildByName(home, ContentModel.ASSOC_CONTAINS, "Penyusunan DKIP 42")).thenReturn(run);
        when(writer.write(eq(ba), eq(run), eq(pkg), any(), eq(false), anyString())).thenReturn(new NodeRef("workspace://SpacesStore/ba"));

        AlfrescoDocuments documents = new AlfrescoDocuments();
        documents.setGenerator(generator);
        documents.setNodeWriter(writer);
        documents.setNodeService(nodes);
        documents.setRepository(mock(org.alfresco.repo.model.Repository.class));
        documents.setFolder(home.toString());
        documents.setFormats("docx");
        documents.afterPropertiesSet();
        QuorumDecision quorum = new QuorumDecision(3, 2, 2, true, "", List.of("tamu"));
        List<String> present = List.of("budi.santoso", "tidak.dikenal");
        List<String> team = List.of("budi.santoso", "ani", "tidak.dikenal");
        DocumentRequest request = new DocumentRequest(DocumentKind.BERITA_ACARA, false, "42", LocalDate.of(2026, 3, 2),
                List.of(), null, quorum, present, team, null, pkg,
                new MeetingFacts(LocalDate.of(2026, 3, 2), java.time.LocalTime.of(13, 0), "Aula", null),
                directory.people(team));
        documents.produce(request);

        ArgumentCaptor<MeetingRecord> meeting = ArgumentCaptor.forClass(MeetingRecord.class);
        verify(generator).beritaAcara(any(), meeting.capture(), any(), eq(DocumentFormat.DOCX));
        assertThat(meeting.getValue().attendees())
                .extracting(MeetingRecord.Attendee::name, MeetingRecord.Attendee::position, MeetingRecord.Attendee::present)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Budi Santoso", "Sekretaris Dinas", true),
                        org.assertj.core.groups.Tuple.tuple("Ani", null, false),
                        org.assertj.core.groups.Tuple.tuple("tidak.dikenal", null, true));
        assertThat(meeting.getValue().startTime()).isEqualTo(java.time.LocalTime.of(13, 0));
        assertThat(meeting.getValue().place()).isEqualTo("Aula");
    }
}
