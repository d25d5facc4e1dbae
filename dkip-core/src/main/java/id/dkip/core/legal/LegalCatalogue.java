package id.dkip.core.legal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grounds of UU 14/2008 (UU KIP) Pasal 17 and the rules that hang on them:
 * <ul>
 *   <li>the catalogue itself, read from {@value #RESOURCE} (the single source of truth: letters {@code 17a}-{@code 17j}
 *       and the points of {@code 17a}, {@code 17c}, {@code 17e}, {@code 17f}, {@code 17h});</li>
 *   <li>Pasal 20: exemptions on {@code 17a}-{@code 17f} are not permanent ({@link #allowsPermanent(String)});</li>
 *   <li>Pasal 18(2): a {@code 17g}/{@code 17h} exemption does not apply when the person concerned consents in writing
 *       or when the information relates to the person's position in public office
 *       ({@link #endsOnConsentOrPublicOffice(String)}, {@link #pasal18Event()});</li>
 *   <li>{@code 17j} needs the statute that forbids disclosure to be named ({@link #requiresStatute(String)}).</li>
 * </ul>
 */
public final class LegalCatalogue {

    public static final String RESOURCE = "id/dkip/core/legal/pasal17.tsv";

    /** Codes as stored: "17" + letter a-j + optional point digits. */
    private static final Pattern CODE = Pattern.compile("17([a-j])([1-9][0-9]?)?");

    /** Letters whose exemptions Pasal 20 forbids to be permanent. */
    private static final Set<String> NOT_PERMANENT = Set.of("a", "b", "c", "d", "e", "f");
    /** Letters Pasal 18(2) ends on written consent or relation to public office. */
    private static final Set<String> PASAL_18_2 = Set.of("g", "h");

    /** Wording of the Pasal 18(2) event, for an event-bound period suggestion. */
    public static final String PASAL_18_2_EVENT_ID =
            "Sampai ada persetujuan tertulis dari orang yang bersangkutan, atau informasi berkaitan dengan jabatannya dalam jabatan publik (UU 14/2008 Pasal 18 ayat (2))";

    private static volatile LegalCatalogue standard;

    private final Map<String, Pasal17Ground> grounds;

    private LegalCatalogue(Map<String, Pasal17Ground> grounds) {
        this.grounds = Collections.unmodifiableMap(grounds);
    }

    /** The catalogue of the bundled data file. */
    public static LegalCatalogue standard() {
        LegalCatalogue s = standard;
        if (s == null) {
            synchronized (LegalCatalogue.class) {
                s = standard;
                if (s == null) {
                    s = load();
                    standard = s;
                }
            }
        }
        return s;
    }

    private static LegalCatalogue load() {
        Map<String, Pasal17Ground> map = new LinkedHashMap<>();
        for (BundledTable.Row row : BundledTable.rows(RESOURCE, "Pasal 17 catalogue", 3)) {
            String[] cols = row.cols();
            Matcher m = CODE.matcher(cols[0].trim());
            if (!m.matches()) {
                throw row.bad(RESOURCE);
            }
            Integer point = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            map.put(cols[0].trim(), new Pasal17Ground(cols[0].trim(), m.group(1), point, cols[1].trim(), cols[2].trim()));
        }
        return new LegalCatalogue(map);
    }

    /** Every ground, letters and points, in the order of the statute. */
    public List<Pasal17Ground> all() {
        return List.copyOf(grounds.values());
    }

    /** All codes in the order of the statute ("17a", "17a1", ..., "17j"): e.g. for a list constraint. */
    public List<String> codes() {
        return List.copyOf(grounds.keySet());
    }

    public Optional<Pasal17Ground> ground(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(grounds.get(normalise(code)));
    }

    public boolean isKnown(String code) {
        return ground(code).isPresent();
    }

    /** The points (angka) of a letter; empty for letters without points (17b, 17d, 17g, 17i, 17j). */
    public List<Pasal17Ground> points(String letterCode) {
        String letter = letterOf(letterCode);
        List<Pasal17Ground> result = new ArrayList<>();
        for (Pasal17Ground g : grounds.values()) {
            if (g.letter().equals(letter) && !g.isLetter()) {
                result.add(g);
            }
        }
        return result;
    }

    /** True for a letter that has points (17a, 17c, 17e, 17f, 17h) cited without one. */
    public boolean lacksPoint(String code) {
        Optional<Pasal17Ground> g = ground(code);
        return g.isPresent() && g.get().isLetter() && !points(g.get().code()).isEmpty();
    }

    /** UU KIP Pasal 20: false for 17a-17f (their exemptions are never permanent), true for 17g-17j. */
    public boolean allowsPermanent(String code) {
        String letter = letterOf(code);
        return letter != null && !NOT_PERMANENT.contains(letter);
    }

    /** UU KIP Pasal 18(2): true for 17g and 17h (and their points). */
    public boolean endsOnConsentOrPublicOffice(String code) {
        String letter = letterOf(code);
        return letter != null && PASAL_18_2.contains(letter);
    }

    /** 17j: the statute that forbids disclosure must be named. */
    public boolean requiresStatute(String code) {
        return "j".equals(letterOf(code));
    }

    /**
     * The event Pasal 18(2) attaches to 17g/17h exemptions, as a period an officer may choose: the exemption ends on
     * written consent of the person concerned or where the information relates to a public office.
     */
    public ExemptionPeriod pasal18Event() {
        return ExemptionPeriod.untilEvent(PASAL_18_2_EVENT_ID, PASAL_18_2_EVENT_ID);
    }

    /** "17 H 2", "17h.2", " 17H2 " -> "17h2"; anything else returned trimmed and lower-cased. */
    public static String normalise(String code) {
        if (code == null) {
            return null;
        }
        return code.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s.()\\-]", "");
    }

    /** The letter of a code ("h" for "17h2"), or null when it is not a Pasal 17 code. */
    public static String letterOf(String code) {
        if (code == null) {
            return null;
        }
        Matcher m = CODE.matcher(normalise(code));
        return m.matches() ? m.group(1) : null;
    }
}
