package id.dkip.core.workflow;

import id.dkip.core.documents.DocumentKind;
import id.dkip.core.process.MeetingDecisions;
import id.dkip.core.process.Quorum;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.activiti.engine.ActivitiException;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * After a meeting with a quorum (step 3): produces the draft Berita Acara, the draft consequence-test sheet (Lembar
 * Pengujian Konsekuensi: the meeting's consequence test of each entry) and the draft SK with its annex.
 */
public class DkipRapatDelegate implements JavaDelegate {

    private final RegisterPort register;
    private final DocumentPort documents;
    private final DirectoryPort directory;
    private final AuthorityNames names;
    private final ZoneId zone;

    public DkipRapatDelegate(RegisterPort register, DocumentPort documents, DirectoryPort directory, AuthorityNames names,
                             ZoneId zone) {
        this.register = Objects.requireNonNull(register, "register");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.names = Objects.requireNonNull(names, "names");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<DkipEntry> entries = register.proposals(EngineSupport.stringList(execution, DkipVariables.UNIT_GROUP_NAMES));
        var decisions = MeetingDecisions.parse(EngineSupport.string(execution, DkipVariables.MEETING_DECISIONS));
        List<String> attendees = EngineSupport.stringList(execution, DkipVariables.ATTENDEE_NAMES);
        List<String> team = directory.members(EngineSupport.string(execution, DkipVariables.TIM_GROUP_NAME)).stream()
                .sorted().toList();
        var quorum = Quorum.decide(team, attendees);
        MeetingFacts meeting = meetingFacts(execution, zone);
        Map<String, Person> people = people(directory, team, attendees);
        String pid = execution.getProcessInstanceId();
        Object pkg = execution.getVariable(DkipVariables.HOST_PACKAGE);
        execution.setVariable(DkipVariables.DRAFT_BERITA_ACARA, documents.produce(new DocumentRequest(
                DocumentKind.BERITA_ACARA, false, pid, meeting.date(), entries, decisions, quorum, attendees, team, null,
                pkg, meeting, people)));
        execution.setVariable(DkipVariables.DRAFT_UJI_KONSEKUENSI, documents.produce(new DocumentRequest(
                DocumentKind.UJI_KONSEKUENSI, false, pid, meeting.date(), entries, decisions, quorum, attendees, team, null,
                pkg, meeting, people)));
        execution.setVariable(DkipVariables.DRAFT_SK, documents.produce(new DocumentRequest(
                DocumentKind.SURAT_KEPUTUSAN, false, pid, LocalDate.ofInstant(EngineSupport.now(), zone), entries, decisions,
                quorum, attendees, team, null, pkg, meeting, people)));
    }

    /** The meeting as step 3's complete listener recorded it on the process. */
    static MeetingFacts meetingFacts(DelegateExecution execution, ZoneId zone) {
        Object date = execution.getVariable(DkipVariables.MEETING_DATE);
        String time = EngineSupport.string(execution, DkipVariables.MEETING_TIME);
        String place = EngineSupport.string(execution, DkipVariables.MEETING_PLACE);
        if (!(date instanceof Date d) || time == null || place == null) {
            throw new ActivitiException("Data rapat (tanggal, waktu, tempat) tidak tercatat pada proses " 
                    + execution.getProcessInstanceId() + "; selesaikan ulang tugas rapat.");
        }
        return new MeetingFacts(LocalDate.ofInstant(d.toInstant(), zone), LocalTime.parse(time), place,
                EngineSupport.string(execution, DkipVariables.MEETING_NUMBER));
    }

    /** Every team member and attendee, named once by the directory for all the run's documents. */
    static Map<String, Person> people(DirectoryPort directory, List<String> team, List<String> attendees) {
        Set<String> all = new LinkedHashSet<>(team);
        all.addAll(attendees);
        return directory.people(all);
    }
}
