package id.dkip.core.legal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the grounds a row cites fit the row's own words. The words of each Pasal 17 letter and point (from the
 * statute, {@value #RESOURCE}) are looked for in the label written after the ground ("huruf g (stabilitas
 * ekonomi)"), the information, the consequence texts and the period; a cited ground whose row speaks the words of
 * another ground is reported with that ground as the suggestion:
 * <ul>
 *   <li>a label naming another letter: "huruf g (stabilitas ekonomi)" -&gt; 17e, "huruf i (rahasia dagang)" -&gt; 17b;</li>
 *   <li>the information or consequence speaking of another letter and never of the cited one: 17i with a person's
 *       written consent -&gt; 17h; a 17j row is not judged by its words (any statute may forbid disclosure);</li>
 *   <li>a point whose texts quote another point of the same letter and not its own: 17h2 with "anggota keluarga"
 *       -&gt; 17h1;</li>
 *   <li>a narrow letter (17c defence, 17d natural wealth, 17e economy, 17f foreign relations, 17g deeds and wills)
 *       whose words appear nowhere in the row: {@link Verdict#unsupported()}.</li>
 * </ul>
 * Texts are read up to {@value #MAX_TEXT_CHARS} characters each. Thread-safe.
 */
public final class GroundConsistency {

    public static final String RESOURCE = "id/dkip/core/legal/pasal17-keywords.tsv";
    static final int MAX_TEXT_CHARS = 10_000;
    private static final Set<String> NARROW = Set.of("c", "d", "e", "f", "g");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** "(stabilitas ekonomi)": a parenthesis with at least one word of three letters. */
    private static final Pattern LABEL = Pattern.compile("\\(([^()]{3,120})\\)");
    private static final Pattern HAS_WORD = Pattern.compile("\\p{L}{3,}");

    private static volatile GroundConsistency standard;

    /** phrase (normalised) -> ground code, in file order. */
    private final Map<String, String> phrases;

    GroundConsistency(Map<String, String> phrases) {
        this.phrases = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(phrases));
    }

    /** The check with the bundled words. */
    public static GroundConsistency standard() {
        GroundConsistency s = standard;
        if (s == null) {
            synchronized (GroundConsistency.class) {
                s = standard;
                if (s == null) {
                    s = load();
                    standard = s;
                }
            }
        }
        return s;
    }

    /** One cited ground that does not fit: where the words were found, the words, and the ground they point to. */
    public record Mismatch(String cited, String field, String words, String suggested) {
    }

    /** What the check found on one row. */
    public record Verdict(List<Mismatch> mismatches, List<String> unsupported) {
    }

    /**
     * Checks the cited grounds against the row's words.
     *
     * @param texts entry field name ("legalBasisText", "information", "consequenceIfOpened", "benefitIfClosed",
     *              "period") to its text; null values are skipped
     */
    public Verdict check(List<String> cited, Map<String, String> texts) {
        List<Mismatch> mismatches = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        if (cited == null || cited.isEmpty()) {
            return new Verdict(mismatches, unsupported);
        }
        // what the labels after the grounds point to, and what the rest of the row points to
        Map<String, Hit> labelHits = new LinkedHashMap<>();
        String basis = texts.get("legalBasisText");
        if (basis != null) {
            Matcher m = LABEL.matcher(cap(basis));
            while (m.find()) {
                if (HAS_WORD.matcher(m.group(1)).find()) {
                    find(m.group(1), "legalBasisText", labelHits);
                }
            }
        }
        Map<String, Hit> textHits = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : texts.entrySet()) {
            if (t.getValue() != null && !t.getKey().equals("legalBasisText")) {
                find(t.getValue(), t.getKey(), textHits);
            }
        }
        Set<String> citedLetters = new java.util.HashSet<>();
        for (String g : cited) {
            String l = LegalCatalogue.letterOf(g);
            if (l != null) {
                citedLetters.add(l);
            }
        }
        for (String raw : cited) {
            String g = LegalCatalogue.normalise(raw);
            String letter = LegalCatalogue.letterOf(g);
            if (letter == null) {
                continue;
            }
            Mismatch found = null;
            // 1. a label that names another letter
            for (Hit h : labelHits.values()) {
                if (!citedLetters.contains(LegalCatalogue.letterOf(h.code()))) {
                    found = new Mismatch(g, h.field(), h.words(), h.code());
                    break;
                }
            }
            boolean ownLetterSpoken = textHits.values().stream().anyMatch(h -> letter.equals(LegalCatalogue.letterOf(h.code())))
                    || labelHits.values().stream().anyMatch(h -> letter.equals(LegalCatalogue.letterOf(h.code())));
            // 2. the row speaks of another letter and never of the cited one (17j: any statute may forbid disclosure)
            if (found == null && !ownLetterSpoken && !"j".equals(letter)) {
                for (Hit h : textHits.values()) {
                    String other = LegalCatalogue.letterOf(h.code());
                    boolean personal = "g".equals(other) || "h".equals(other);
                    // a memo (17i) or law-enforcement row may mention many things; only personal secrets show a wrong letter
                    boolean telling = !"i".equals(letter) || personal;
                    if (!citedLetters.contains(other) && telling && !"i".equals(other)) {
                        found = new Mismatch(g, h.field(), h.words(), h.code());
                        break;
                    }
                }
            }
            // 3. a point whose texts quote another point of its letter and never its own
            if (found == null && g.length() > 3 && !textHits.containsKey(g)) {
                for (Hit h : textHits.values()) {
                    if (h.code().length() > 3 && letter.equals(LegalCatalogue.letterOf(h.code())) && !cited.contains(h.code())) {
                        found = new Mismatch(g, h.field(), h.words(), h.code());
                        break;
                    }
                }
            }
            if (found != null) {
                mismatches.add(found);
            } else if (NARROW.contains(letter) && !ownLetterSpoken) {
                unsupported.add(g);
            }
        }
        return new Verdict(mismatches, unsupported);
    }

    private record Hit(String code, String field, String words) {
    }

    /** Records, per ground code, the first phrase of it found in {@code text}. */
    private void find(String text, String field, Map<String, Hit> out) {
        String norm = " " + NON_WORD.matcher(cap(text).toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
        for (Map.Entry<String, String> p : phrases.entrySet()) {
            if (!out.containsKey(p.getValue()) && norm.contains(" " + p.getKey() + " ")) {
                out.put(p.getValue(), new Hit(p.getValue(), field, p.getKey()));
            }
        }
    }

    private static String cap(String s) {
        return s.length() > MAX_TEXT_CHARS ? s.substring(0, MAX_TEXT_CHARS) : s;
    }

    private static GroundConsistency load() {
        Map<String, String> map = new LinkedHashMap<>();
        for (BundledTable.Row row : BundledTable.rows(RESOURCE, "Pasal 17 keywords", 2)) {
            String[] cols = row.cols();
            if (LegalCatalogue.letterOf(cols[0]) == null || !LegalCatalogue.standard().isKnown(cols[0])) {
                throw row.bad(RESOURCE);
            }
            for (String phrase : cols[1].split("\\|")) {
                String p = NON_WORD.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
                if (!p.isEmpty()) {
                    map.putIfAbsent(p, cols[0].trim());
                }
            }
        }
        return new GroundConsistency(map);
    }
}
