package id.dkip.core.workflow;

import id.dkip.core.process.Amendment;
import id.dkip.core.process.EntryDecision;
import id.dkip.core.process.FilingCompleteness;
import id.dkip.core.process.FilingItem;
import id.dkip.core.process.MeetingDecisions;
import id.dkip.core.process.Quorum;
import id.dkip.core.process.QuorumDecision;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.process.Verdict;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 * <li>rapatTask: attendance against the team's members (quorum), and with a quorum, the meeting's date, time and
 * place, and a decision stored on every row of the draft;</li>
 * <li>penetapanTask: tetapkan with the SK number (another number than the SK it amends) and date, or kembalikan
 * with a reason;</li>
 * <li>terimaSkTask: who acknowledged;</li>
 * <li>dokumentasiTask: every entry the run established for the unit filed or a reason given.</li>
 * </ul>
 * Form values arrive as the task's local variables (Share saves them with setVariablesLocal, after Alfresco wrote
 * the model's defaults task-locally): what gateways and service tasks need is copied to the process here, explicitly.
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
        copyComment(task);
        EngineSupport.toProcess(task, DkipVariables.RANCANGAN_OUTCOME, outcome);
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
        MeetingFacts facts = meetingFacts(task);
        List<DkipEntry> draft = draftEntries(task);
        List<EntryDecision> decisions = decisionsOnRows(draft);
        EngineSupport.toProcess(task, DkipVariables.MEETING_DECISIONS, MeetingDecisions.format(decisions));
        EngineSupport.toProcess(task, DkipVariables.ATTENDEE_NAMES, new ArrayList<>(attendees));
        EngineSupport.toProcess(task, DkipVariables.MEETING_DATE, Date.from(facts.date().atStartOfDay(zone).toInstant()));
        EngineSupport.toProcess(task, DkipVariables.MEETING_TIME, facts.startTime().toString());
        EngineSupport.toProcess(task, DkipVariables.MEETING_PLACE, facts.place());
        EngineSupport.toProcess(task, DkipVariables.MEETING_NUMBER, facts.number());
    }

    /**
     * The decisions the meeting screen stored on the draft's rows; refuses, naming the rows, while a row has no
     * decision or an inconsistent one. The rows are only read here: what the meeting recorded stays as recorded.
     */
    private List<EntryDecision> decisionsOnRows(List<DkipEntry> draft) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (DkipEntry e : draft) {
            labels.put(e.id(), label(e));
        }
        List<String> undecided = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<EntryDecision> decisions = new ArrayList<>();
        for (RowDecision row : register.decisionsOnRows(new ArrayList<>(labels.keySet()))) {
            String label = labels.getOrDefault(row.entryId(), row.entryId());
            if (row.verdict() == null || row.verdict().isBlank()) {
                undecided.add(label);
                continue;
            }
            Verdict verdict;
            try {
                verdict = Verdict.of(row.verdict());
            } catch (IllegalArgumentException e) {
                problems.add("Entri " + label + ": keputusan '" + row.verdict() + "' tidak dikenal (terima, revisi, tolak).");
                continue;
            }
            String test = row.consequenceTest() == null ? "" : row.consequenceTest().trim().toLowerCase(Locale.ROOT);
            if (!test.equals("lulus") && !test.equals("tidak")) {
                problems.add("Entri " + label + ": hasil uji konsekuensi belum diisi (lulus atau tidak).");
                continue;
            }
            decisions.add(new EntryDecision(row.entryId(), verdict, test.equals("lulus"), row.note()));
        }
        if (!undecided.isEmpty()) {
            problems.add(0, undecided.size() + " entri belum diputuskan: " + String.join("; ", undecided) + ".");
        }
        for (String p : MeetingDecisions.problems(labels.keySet(), decisions, id -> labels.getOrDefault(id, id))) {
            if (!p.endsWith(" belum diputuskan.")) {
                problems.add(p);
            }
        }
        if (!problems.isEmpty()) {
            throw new ActivitiException("Keputusan rapat belum lengkap: " + String.join(" ", problems));
        }
        return decisions;
    }

    /** A row as people know it: unit and the start of the information. */
    /** How the workflow's messages name a row: its information in quotes (shortened) and its unit. */
    static String label(DkipEntry e) {
        String info = e.information() == null ? "" : e.information().strip();
        info = info.length() > 60 ? info.substring(0, 57) + "..." : info;
        return "\"" + info + "\"" + (e.unitCode() == null ? "" : " (" + e.unitCode() + ")");
    }

    /** The meeting's date, start time, place and minutes number from the task; refuses while one is missing. */
    private MeetingFacts meetingFacts(DelegateTask task) {
        Object date = task.getVariable(DkipVariables.MEETING_DATE);
        String time = EngineSupport.string(task, DkipVariables.MEETING_TIME);
        String place = EngineSupport.string(task, DkipVariables.MEETING_PLACE);
        List<String> missing = new ArrayList<>();
        if (!(date instanceof Date)) {
            missing.add("tanggal rapat (" + DkipVariables.MEETING_DATE + ")");
        }
        LocalTime start = null;
        if (time == null || time.isEmpty()) {
            missing.add("waktu mulai (" + DkipVariables.MEETING_TIME + ", JJ:MM)");
        } else {
            try {
                start = LocalTime.parse(time.replace('.', ':'));
            } catch (DateTimeParseException e) {
                missing.add("waktu mulai dalam bentuk JJ:MM, misalnya 09:30, bukan '" + time + "' ("
                        + DkipVariables.MEETING_TIME + ")");
            }
        }
        if (place == null || place.isEmpty()) {
            missing.add("tempat rapat (" + DkipVariables.MEETING_PLACE + ")");
        }
        if (!missing.isEmpty()) {
            throw new ActivitiException("Lengkapi data rapat untuk Berita Acara: " + String.join(", ", missing) + ".");
        }
        return new MeetingFacts(LocalDate.ofInstant(((Date) date).toInstant(), zone), start, place,
                EngineSupport.string(task, DkipVariables.MEETING_NUMBER));
    }

    private void penetapan(DelegateTask task) {
        String outcome = outcome(task, DkipVariables.PENETAPAN_OUTCOME, DkipVariables.TETAPKAN);
        if (DkipVariables.KEMBALIKAN.equals(outcome)) {
            String reason = requireComment(task, "Tuliskan alasan pengembalian rancangan kepada Pengelola Data.");
            appendBoth(task, DkipVariables.RETURN_HISTORY, EngineSupport.now() + " oleh "
                    + task.getAssignee() + ": " + reason);
        } else if (DkipVariables.TETAPKAN.equals(outcome)) {
            establish(task);
        } else {
            throw new ActivitiException("Hasil langkah 4 tidak dikenal: " + outcome);
        }
        copyComment(task);
        EngineSupport.toProcess(task, DkipVariables.PENETAPAN_OUTCOME, outcome);
    }

    private void establish(DelegateTask task) {
        if (!(task.getVariable(DkipVariables.SK_DATE) instanceof Date date)) {
            throw new ActivitiException("Isi tanggal SK penetapan DKIP (" + DkipVariables.SK_DATE + ").");
        }
        LocalDate skDate = LocalDate.ofInstant(date.toInstant(), zone);
        Object meetingDate = task.getVariable(DkipVariables.MEETING_DATE);
        if (meetingDate instanceof Date m && skDate.isBefore(LocalDate.ofInstant(m.toInstant(), zone))) {
            throw new ActivitiException("Tanggal SK " + skDate + " lebih awal dari tanggal rapat "
                    + LocalDate.ofInstant(m.toInstant(), zone) + ".");
        }
        String number = EngineSupport.string(task, DkipVariables.SK_NUMBER);
        try {
            new Amendment(number, skDate, EngineSupport.string(task, DkipVariables.PREVIOUS_SK));
        } catch (IllegalArgumentException e) {
            throw new ActivitiException(e.getMessage(), e);
        }
        EngineSupport.toProcess(task, DkipVariables.SK_NUMBER, number);
        EngineSupport.toProcess(task, DkipVariables.SK_DATE, Date.from(skDate.atStartOfDay(zone).toInstant()));
    }

    /** Step 6: every entry this run established for the unit has a filed document or a stated reason. */
    @SuppressWarnings("unchecked")
    private void dokumentasi(DelegateTask task) {
        String unit = EngineSupport.string(task, DkipVariables.UNIT_GROUP);
        Object byUnit = task.getVariable(DkipVariables.ESTABLISHED_BY_UNIT);
        List<String> ids = byUnit instanceof Map<?, ?> m && m.get(unit) instanceof List<?> l
                ? (List<String>) l : List.of();
        List<FilingItem> items = register.filing(ids);
        List<String> missing = FilingCompleteness.missing(items);
        if (!missing.isEmpty()) {
            throw new ActivitiException(FilingCompleteness.message(unit, missing));
        }
    }

    private List<DkipEntry> draftEntries(DelegateTask task) {
        return register.proposals(EngineSupport.stringList(task, DkipVariables.UNIT_GROUP_NAMES));
    }

    /** The officer's note, kept on the process for the run's history. */
    private static void copyComment(DelegateTask task) {
        String comment = EngineSupport.string(task, DkipVariables.COMMENT);
        if (comment != null && !comment.isEmpty()) {
            EngineSupport.toProcess(task, DkipVariables.COMMENT, comment);
        }
    }

    /** Set a computed value on the process (for gateways and later steps) and on the task (its form shows it). */
    private static void put(DelegateTask task, String name, Object value) {
        EngineSupport.toProcess(task, name, value);
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
