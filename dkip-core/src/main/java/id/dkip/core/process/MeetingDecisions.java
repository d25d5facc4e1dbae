package id.dkip.core.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions of one meeting on every entry of the draft, as recorded on the meeting task: one line per entry,
 * {@code entryId | terima|revisi|tolak | lulus|tidak | note}, e.g. {@code e-12 | revisi | lulus | jangka waktu 5 tahun}.
 * The consequence-test column reads "lulus"/"ya"/"true" as passed. Checks that every entry of the draft has exactly
 * one decision, that an exemption (terima/revisi) has a passed consequence test, and that revisi and tolak state a
 * note.
 */
public final class MeetingDecisions {

    private MeetingDecisions() {
    }

    /** Parse the recorded text; lines that are blank or start with '#' are skipped. */
    public static List<EntryDecision> parse(String text) {
        List<EntryDecision> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int lineNo = 0;
        for (String line : text.split("\\R")) {
            lineNo++;
            String l = line.trim();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] cells = l.split("\\|", 4);
            if (cells.length < 3) {
                throw new IllegalArgumentException("Keputusan baris " + lineNo
                        + ": format 'id | terima/revisi/tolak | lulus/tidak | catatan', bukan '" + l + "'");
            }
            String test = cells[2].trim().toLowerCase(java.util.Locale.ROOT);
            boolean passed = test.equals("lulus") || test.equals("ya") || test.equals("true");
            out.add(new EntryDecision(cells[0].trim(), Verdict.of(cells[1]), passed, cells.length > 3 ? cells[3] : ""));
        }
        return out;
    }

    /** Render decisions in the format {@link #parse} reads. */
    public static String format(Collection<EntryDecision> decisions) {
        StringBuilder sb = new StringBuilder();
        for (EntryDecision d : decisions) {
            sb.append(d.entryId()).append(" | ").append(d.verdict().value()).append(" | ")
                    .append(d.consequenceTestPassed() ? "lulus" : "tidak").append(" | ").append(d.note()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Problems that stop the meeting's decisions from being recorded (empty when they are complete and
     * consistent).
     */
    public static List<String> problems(Collection<String> draftEntryIds, Collection<EntryDecision> decisions) {
        return problems(draftEntryIds, decisions, id -> id);
    }

    /** As {@link #problems(Collection, Collection)}, naming each entry by {@code label} (e.g. unit and information). */
    public static List<String> problems(Collection<String> draftEntryIds, Collection<EntryDecision> decisions,
                                        java.util.function.Function<String, String> label) {
        List<String> problems = new ArrayList<>();
        Map<String, EntryDecision> byId = new LinkedHashMap<>();
        for (EntryDecision d : decisions) {
            if (byId.put(d.entryId(), d) != null) {
                problems.add("Entri " + label.apply(d.entryId()) + " diputuskan lebih dari sekali.");
            }
            if (!draftEntryIds.contains(d.entryId())) {
                problems.add("Entri " + label.apply(d.entryId()) + " tidak ada dalam rancangan DKIP.");
            }
            if (d.verdict().exempts() && !d.consequenceTestPassed()) {
                problems.add("Entri " + label.apply(d.entryId()) + ": dikecualikan (" + d.verdict().value()
                        + ") tanpa uji konsekuensi yang lulus.");
            }
            if (d.verdict() != Verdict.TERIMA && d.note().isEmpty()) {
                problems.add("Entri " + label.apply(d.entryId()) + ": keputusan " + d.verdict().value() + " memerlukan catatan.");
            }
        }
        for (String id : draftEntryIds) {
            if (!byId.containsKey(id)) {
                problems.add("Entri " + label.apply(id) + " belum diputuskan.");
            }
        }
        return problems;
    }
}
