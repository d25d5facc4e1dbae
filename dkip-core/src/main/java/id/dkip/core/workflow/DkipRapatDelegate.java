package id.dkip.core.workflow;

import id.dkip.core.documents.DocumentKind;
import id.dkip.core.process.MeetingDecisions;
import id.dkip.core.process.Quorum;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
        var decisions = MeetingDecisions.parse(EngineSupport.string(execution, DkipVariables.DECISIONS));
        List<String> attendees = EngineSupport.distinct(names.namesOf(execution.getVariable(DkipVariables.ATTENDEES)));
        List<String> team = directory.members(EngineSupport.string(execution, DkipVariables.TIM_GROUP_NAME)).stream()
                .sorted().toList();
        var quorum = Quorum.decide(team, attendees);
        LocalDate today = LocalDate.ofInstant(EngineSupport.now(), zone);
        String pid = execution.getProcessInstanceId();
        execution.setVariable(DkipVariables.DRAFT_BERITA_ACARA, documents.produce(new DocumentRequest(
                DocumentKind.BERITA_ACARA, false, pid, today, entries, decisions, quorum, attendees, team, null,
                execution.getVariable(DkipVariables.HOST_PACKAGE))));
        execution.setVariable(DkipVariables.DRAFT_UJI_KONSEKUENSI, documents.produce(new DocumentRequest(
                DocumentKind.UJI_KONSEKUENSI, false, pid, today, entries, decisions, quorum, attendees, team, null,
                execution.getVariable(DkipVariables.HOST_PACKAGE))));
        execution.setVariable(DkipVariables.DRAFT_SK, documents.produce(new DocumentRequest(
                DocumentKind.SURAT_KEPUTUSAN, false, pid, today, entries, decisions, quorum, attendees, team, null,
                execution.getVariable(DkipVariables.HOST_PACKAGE))));
    }
}
