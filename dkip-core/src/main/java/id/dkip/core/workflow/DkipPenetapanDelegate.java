package id.dkip.core.workflow;

import id.dkip.core.documents.DocumentKind;
import id.dkip.core.process.Amendment;
import id.dkip.core.process.EntryDecision;
import id.dkip.core.process.MeetingDecisions;
import id.dkip.core.process.Quorum;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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
        Date skDate = (Date) execution.getVariable(DkipVariables.SK_DATE);
        Amendment sk = new Amendment(EngineSupport.string(execution, DkipVariables.SK_NUMBER),
                LocalDate.ofInstant(skDate.toInstant(), zone), EngineSupport.string(execution, DkipVariables.PREVIOUS_SK));
        List<EntryDecision> decisions = MeetingDecisions.parse(EngineSupport.string(execution, DkipVariables.DECISIONS));
        Set<String> exempted = decisions.stream().filter(d -> d.verdict().exempts()).map(EntryDecision::entryId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        List<DkipEntry> entries = register.proposals(EngineSupport.stringList(execution, DkipVariables.UNIT_GROUP_NAMES));
        register.establish(exempted, sk);
        execution.setVariable(DkipVariables.ESTABLISHED_COUNT, exempted.size());
        List<String> attendees = EngineSupport.distinct(names.namesOf(execution.getVariable(DkipVariables.ATTENDEES)));
        List<String> team = directory.members(EngineSupport.string(execution, DkipVariables.TIM_GROUP_NAME)).stream()
                .sorted().toList();
        var quorum = Quorum.decide(team, attendees);
        String pid = execution.getProcessInstanceId();
        execution.setVariable(DkipVariables.FINAL_BERITA_ACARA, documents.produce(new DocumentRequest(
                DocumentKind.BERITA_ACARA, true, pid, sk.skDate(), entries, decisions, quorum, attendees, team, sk,
                execution.getVariable(DkipVariables.HOST_PACKAGE))));
        execution.setVariable(DkipVariables.FINAL_UJI_KONSEKUENSI, documents.produce(new DocumentRequest(
                DocumentKind.UJI_KONSEKUENSI, true, pid, sk.skDate(), entries, decisions, quorum, attendees, team, sk,
                execution.getVariable(DkipVariables.HOST_PACKAGE))));
        List<DkipEntry> established = entries.stream().filter(e -> exempted.contains(e.id())).toList();
        execution.setVariable(DkipVariables.FINAL_SK, documents.produce(new DocumentRequest(
                DocumentKind.SURAT_KEPUTUSAN, true, pid, sk.skDate(), established, decisions, quorum, attendees, team, sk,
                execution.getVariable(DkipVariables.HOST_PACKAGE))));
    }
}
