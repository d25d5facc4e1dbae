package id.dkip.core.workflow;

import id.dkip.core.documents.DocumentKind;
import id.dkip.core.process.Amendment;
import id.dkip.core.process.EntryDecision;
import id.dkip.core.process.MeetingDecisions;
import id.dkip.core.process.Quorum;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.activiti.engine.ActivitiException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * After the Atasan PPID signs (step 4): the entries the meeting exempted (terima, revisi) become ditetapkan with
 * the SK's number and date (an amendment refers to the previous SK), and the final Berita Acara, consequence-test
 * sheet and SK are produced.
 */
public class DkipPenetapanDelegate implements JavaDelegate {

    private final RegisterPort register;
    private final DocumentPort documents;
    private final DirectoryPort directory;
    private final AuthorityNames names;
    private final ZoneId zone;

    public DkipPenetapanDelegate(RegisterPort register, DocumentPort documents, DirectoryPort directory,
                                 AuthorityNames names, ZoneId zone) {
        this.register = Objects.requireNonNull(register, "register");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.names = Objects.requireNonNull(names, "names");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!(execution.getVariable(DkipVariables.SK_DATE) instanceof Date skDate)) {
            throw new ActivitiException("Tanggal SK penetapan DKIP tidak tercatat pada proses "
                    + execution.getProcessInstanceId() + " (" + DkipVariables.SK_DATE + "); DKIP tidak ditetapkan.");
        }
        Amendment sk = new Amendment(EngineSupport.string(execution, DkipVariables.SK_NUMBER),
                LocalDate.ofInstant(skDate.toInstant(), zone), EngineSupport.string(execution, DkipVariables.PREVIOUS_SK));
        List<EntryDecision> decisions = MeetingDecisions.parse(EngineSupport.string(execution, DkipVariables.MEETING_DECISIONS));
        Set<String> exempted = decisions.stream().filter(d -> d.verdict().exempts()).map(EntryDecision::entryId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<DkipEntry> entries = register.proposals(EngineSupport.stringList(execution, DkipVariables.UNIT_GROUP_NAMES));
        HashMap<String, ArrayList<String>> byUnit = new HashMap<>();
        for (String unit : EngineSupport.stringList(execution, DkipVariables.UNIT_GROUP_NAMES)) {
            ArrayList<String> ids = new ArrayList<>();
            register.proposals(unit).stream().map(DkipEntry::id).filter(exempted::contains).forEach(ids::add);
            byUnit.put(unit, ids);
        }
        register.establish(exempted, sk);
        execution.setVariable(DkipVariables.ESTABLISHED_COUNT, exempted.size());
        execution.setVariable(DkipVariables.ESTABLISHED_BY_UNIT, byUnit);
        List<String> attendees = EngineSupport.stringList(execution, DkipVariables.ATTENDEE_NAMES);
        List<String> team = directory.members(EngineSupport.string(execution, DkipVariables.TIM_GROUP_NAME)).stream()
                .sorted().toList();
        var quorum = Quorum.decide(team, attendees);
        MeetingFacts meeting = DkipRapatDelegate.meetingFacts(execution, zone);
        Map<String, Person> people = DkipRapatDelegate.people(directory, team, attendees);
        String pid = execution.getProcessInstanceId();
        Object pkg = execution.getVariable(DkipVariables.HOST_PACKAGE);
        // The minutes and the consequence-test sheet are dated by the meeting; only the SK carries the SK's date.
        execution.setVariable(DkipVariables.FINAL_BERITA_ACARA, documents.produce(new DocumentRequest(
                DocumentKind.BERITA_ACARA, true, pid, meeting.date(), entries, decisions, quorum, attendees, team, sk,
                pkg, meeting, people)));
        execution.setVariable(DkipVariables.FINAL_UJI_KONSEKUENSI, documents.produce(new DocumentRequest(
                DocumentKind.UJI_KONSEKUENSI, true, pid, meeting.date(), entries, decisions, quorum, attendees, team, sk,
                pkg, meeting, people)));
        List<DkipEntry> established = entries.stream().filter(e -> exempted.contains(e.id())).toList();
        execution.setVariable(DkipVariables.FINAL_SK, documents.produce(new DocumentRequest(
                DocumentKind.SURAT_KEPUTUSAN, true, pid, sk.skDate(), established, decisions, quorum, attendees, team, sk,
                pkg, meeting, people)));
    }
}
