package id.dkip.core.workflow;

import id.dkip.core.process.Amendment;
import id.dkip.core.process.EntryDecision;
import id.dkip.core.process.FilingCompleteness;
import id.dkip.core.process.FilingItem;
import id.dkip.core.process.MeetingDecisions;
import id.dkip.core.process.Quorum;
import id.dkip.core.process.QuorumDecision;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.activiti.engine.ActivitiException;
import org.activiti.engine.delegate.DelegateTask;
import org.activiti.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks and records what each task's completion decides; an incomplete decision throws an
 * {@link ActivitiException} with an Indonesian message, so the task stays open (the transaction rolls back) and the
 * user sees why:
 * <ul>
 * <li>rancanganTask: outcome lanjut, or kembalikan with the units to send back and a reason;</li>
 * <li>rapatTask: attendance against the team's members (quorum), and with a quorum, a decision on every entry;</li>
 * <li>penetapanTask: tetapkan with the SK number (another number than the SK it amends), or kembalikan with a reason;</li>
 * <li>terimaSkTask: who acknowledged;</li>
 * <li>dokumentasiTask: every established entry of the unit filed or a reason given.</li>
 * </ul>
 */
public class DkipTaskCompleteListener implements TaskListener {

    private static final Logger LOG = LoggerFactory.getLogger(DkipTaskCompleteListener.class);

    private final RegisterPort register;
    private final DirectoryPort directory;
    private final AuthorityNames names;
    private final ZoneId zone;

    public DkipTaskCompleteListener(RegisterPort register, DirectoryPort directory, AuthorityNames names, ZoneId zone) {
        this.register = Objects.requireNonNull(register, "register");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.names = Objects.requireNonNull(names, "names");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public void notify(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case "rancanganTask" -> rancangan(task);
            case "rapatTask" -> rapat(task);
            case "penetapanTask" -> penetapan(task);
            case "terimaSkTask" -> task.setVariableLocal(DkipVariables.ACKNOWLEDGED_BY, task.getAssignee());
            case "dokumentasiTask" -> dokumentasi(task);
            default -> { }
        }
    }

    private void rancangan(DelegateTask task) {
        String outcome = outcome(task, DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT);
        if (DkipVariables.KEMBALIKAN.equals(outcome)) {
            List<String> units = EngineSupport.distinct(names.namesOf(task.getVariable(DkipVariables.RETURN_UNITS)));
            List<String> participating = EngineSupport.stringList(task, DkipVariables.UNIT_GROUP_NAMES);
            if (units.isEmpty()) {
                throw new ActivitiException("Pilih unit yang usulannya dikembalikan untuk diperbaiki.");
            }
            List<String> strangers = units.stream().filter(u -> !participating.contains(u)).toList();
            if (!strangers.isEmpty()) {
                throw new ActivitiException("Unit " + strangers + " tidak ikut dalam penyusunan ini.");
            }
            requireComment(task, "Tuliskan apa yang harus diperbaiki unit.");
            put(task, DkipVariables.RETURN_UNIT_NAMES, new ArrayList<>(units));
        } else if (!DkipVariables.LANJUT.equals(outcome)) {
            throw new ActivitiException("Hasil langkah 2 tidak dikenal: " + outcome);
        }
    }

    private void rapat(DelegateTask task) {
        String team = EngineSupport.string(task, DkipVariables.TIM_GROUP_NAME);
        Set<String> members = directory.members(team);
        List<String> attendees = EngineSupport.distinct(names.namesOf(task.getVariable(DkipVariables.ATTENDEES)));
        QuorumDecision q = Quorum.decide(members, attendees);
        int meeting = EngineSupport.intValue(task, DkipVariables.MEETING_COUNT) + 1;
        put(task, DkipVariables.MEETING_COUNT, meeting);
        put(task, DkipVariables.QUORUM_REACHED, q.reached());
        put(task, DkipVariables.QUORUM_REASON, q.reason());
        appendBoth(task, DkipVariables.MEETING_HISTORY, "Rapat ke-" + meeting + " (" + EngineSupport.now()
                + "): hadir " + attendees + ". " + q.reason());
        if (!q.reached()) {
            LOG.info("DKIP run {}: meeting {} without quorum ({}/{}), rescheduled", task.getProcessInstanceId(), meeting,
                    q.present(), q.members());
            return;
        }
        List<String> draftIds = draftEntries(task).stream().map(DkipEntry::id).toList();
        List<EntryDecision> decisions;
        try {
            decisions = MeetingDecisions.parse(EngineSupport.string(task, DkipVariables.DECISIONS));
        } catch (IllegalArgumentException e) {
            throw new ActivitiException(e.getMessage(), e);
        }
        List<String> problems = MeetingDecisions.problems(draftIds, decisions);
        if (!problems.isEmpty()) {
            throw new ActivitiException("Keputusan rapat belum lengkap: " + String.join(" ", problems));
        }
        register.saveDecisions(task.getProcessInstanceId(), decisions);
    }

    private void penetapan(DelegateTask task) {
        String outcome = outcome(task, DkipVariables.PENETAPAN_OUTCOME, DkipVariables.TETAPKAN);
        if (DkipVariables.KEMBALIKAN.equals(outcome)) {
            String reason = requireComment(task, "Tuliskan alasan pengembalian rancangan kepada Pengelola Data.");
            appendBoth(task, DkipVariables.RETURN_HISTORY, EngineSupport.now() + " oleh "
                    + task.getAssignee() + ": " + reason);
            return;
        }
        if (!DkipVariables.TETAPKAN.equals(outcome)) {
            throw new ActivitiException("Hasil langkah 4 tidak dikenal: " + outcome);
        }
        Object date = task.getVariable(DkipVariables.SK_DATE);
        LocalDate skDate = date instanceof Date d ? LocalDate.ofInstant(d.toInstant(), zone)
                : LocalDate.ofInstant(EngineSupport.now(), zone);
        try {
            new Amendment(EngineSupport.string(task, DkipVariables.SK_NUMBER), skDate,
                    EngineSupport.string(task, DkipVariables.PREVIOUS_SK));
        } catch (IllegalArgumentException e) {
            throw new ActivitiException(e.getMessage(), e);
        }
        put(task, DkipVariables.SK_DATE, Date.from(skDate.atStartOfDay(zone).toInstant()));
    }

    private void dokumentasi(DelegateTask task) {
        String unit = EngineSupport.string(task, DkipVariables.UNIT_GROUP);
        List<FilingItem> items = register.filingStatus(unit);
        List<String> missing = FilingCompleteness.missing(items);
        if (!missing.isEmpty()) {
            throw new ActivitiException(FilingCompleteness.message(unit, missing));
        }
    }

    private List<DkipEntry> draftEntries(DelegateTask task) {
        return register.proposals(EngineSupport.stringList(task, DkipVariables.UNIT_GROUP_NAMES));
    }

    /**
     * Set a computed value on the process and on the task itself: Alfresco copies a completed task's local variables
     * (its properties) to the process after the listeners ran, which must not bring back an earlier round's value.
     */
    private static void put(DelegateTask task, String name, Object value) {
        task.setVariable(name, value);
        task.setVariableLocal(name, value);
    }

    private static void appendBoth(DelegateTask task, String name, String line) {
        ArrayList<String> list = EngineSupport.stringList(task, name);
        list.add(line);
        put(task, name, list);
    }

    private static String outcome(DelegateTask task, String variable, String fallback) {
        String v = EngineSupport.string(task, variable);
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static String requireComment(DelegateTask task, String message) {
        String comment = EngineSupport.string(task, DkipVariables.COMMENT);
        if (comment == null || comment.isEmpty()) {
            throw new ActivitiException(message + " (" + DkipVariables.COMMENT + ")");
        }
        return comment;
    }
}
