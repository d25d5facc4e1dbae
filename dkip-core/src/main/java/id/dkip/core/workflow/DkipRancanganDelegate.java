package id.dkip.core.workflow;

import id.dkip.core.documents.DocumentKind;
import id.dkip.core.legal.Finding;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.activiti.engine.delegate.DelegateExecution;
import org.activiti.engine.delegate.JavaDelegate;

/**
 * Before step 2: merges the units' proposals, applies the legal rules and records every finding for the Pengelola
 * Data (variable dkipwf_temuan, one line per finding, ERROR first), and produces the draft DKIP.
 */
public class DkipRancanganDelegate implements JavaDelegate {

    private final RegisterPort register;
    private final DocumentPort documents;
    private final ProposalValidator validator;
    private final ZoneId zone;

    public DkipRancanganDelegate(RegisterPort register, DocumentPort documents, ProposalValidator validator, ZoneId zone) {
        this.register = Objects.requireNonNull(register, "register");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.validator = Objects.requireNonNull(validator, "validator");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * "ERROR DKIP-CODE [entry id] "Rekam medis pasien" (YANKES): message": the id lets Share link the row, the
     * row's words let a person see which row it is without opening it.
     */
    static String line(Finding f, String rowName) {
        String row = f.entryId() == null ? "" : " [" + f.entryId() + "]" + (rowName == null ? "" : " " + rowName);
        return f.severity() + " " + f.code() + row + ": " + f.messageId();
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<DkipEntry> entries = register.proposals(EngineSupport.stringList(execution, DkipVariables.UNIT_GROUP_NAMES));
        List<Finding> findings = new ArrayList<>(validator.validate(entries));
        findings.sort((a, b) -> a.severity().compareTo(b.severity()));
        Map<String, String> names = new HashMap<>();
        entries.forEach(e -> names.put(e.id(), DkipTaskCompleteListener.label(e)));
        ArrayList<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(line(f, names.get(f.entryId())));
        }
        execution.setVariable(DkipVariables.ENTRY_COUNT, entries.size());
        execution.setVariable(DkipVariables.FINDINGS, lines);
        execution.setVariable(DkipVariables.FINDING_ERRORS,
                (int) findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count());
        String ref = documents.produce(new DocumentRequest(DocumentKind.DKIP, false,
                execution.getProcessInstanceId(), LocalDate.ofInstant(EngineSupport.now(), zone), entries, null,
                null, null, null, null,
                execution.getVariable(DkipVariables.HOST_PACKAGE), null, null));
        execution.setVariable(DkipVariables.DRAFT_DKIP, ref);
    }
}
