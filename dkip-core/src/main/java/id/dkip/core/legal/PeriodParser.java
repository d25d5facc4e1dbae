package id.dkip.core.legal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Jangka Waktu" cell of a DKIP table into an {@link ExemptionPeriod}, always keeping the original words:
 * <ul>
 *   <li>"20 Tahun", "5 tahun sejak ditetapkan", "5 (lima) tahun", "lima tahun" -&gt; {@code YEARS};</li>
 *   <li>"sampai 31 Desember 2030", "s.d. 31-12-2030", "hingga 2030-12-31", "sampai akhir tahun 2030" -&gt;
 *       {@code UNTIL_DATE}; a bare year ("sampai 2030") is ambiguous and left {@code UNSPECIFIED};</li>
 *   <li>"permanen", "Tidak terbatas", "selamanya", "tanpa batas waktu" -&gt; {@code PERMANENT} (the validator flags it
 *       for 17a-17f, UU KIP Pasal 20);</li>
 *   <li>a condition ("sampai proses hukum selesai", "Apabila mendapat persetujuan yang bersangkutan ...",
 *       "Atas persetujuan pasien", "selama ...") -&gt; {@code UNTIL_EVENT} with the words as the event;</li>
 *   <li>empty -&gt; {@code UNSPECIFIED}; text that fits none of these -&gt; {@code UNSPECIFIED} with the text kept, which
 *       the validator reports as unreadable (never a guess).</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class PeriodParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("pebruari", 2), Map.entry("feb", 2),
            Map.entry("maret", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mei", 5),
            Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("agustus", 8),
            Map.entry("agu", 8), Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("september", 9), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10), Map.entry("november", 11),
            Map.entry("nopember", 11), Map.entry("nov", 11), Map.entry("desember", 12), Map.entry("des", 12));

    private static final Map<String, Integer> UNITS = Map.of("satu", 1, "se", 1, "dua", 2, "tiga", 3, "empat", 4,
            "lima", 5, "enam", 6, "tujuh", 7, "delapan", 8, "sembilan", 9);

    private static final Pattern DATE_WORDS = Pattern.compile("\\b(\\d{1,2})\\s+([a-z]+)\\.?\\s+(\\d{4})\\b");
    private static final Pattern DATE_DMY = Pattern.compile("\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})\\b");
    private static final Pattern DATE_ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern YEARS_DIGITS = Pattern.compile("\\b(\\d{1,3})\\s*(?:\\([a-z\\s]+\\)\\s*)?(?:tahun|thn\\.?|th\\.?)(?![a-z])");
    private static final Pattern YEARS_WORDS = Pattern.compile("\\b((?:[a-z]+\\s+)?(?:puluh\\s+)?[a-z]+)\\s+tahun\\b");
    private static final Pattern END_OF_YEAR = Pattern.compile("\\bakhir\\s+(?:tahun\\s+)?(\\d{4})\\b");
    private static final Pattern BARE_YEAR = Pattern.compile(
            "^(?:sampai|hingga|s\\.?\\s?d\\.?|s/d|sd)\\s+(?:dengan\\s+)?(?:tahun\\s+)?\\d{4}\\s*$");
    private static final Pattern PERMANENT = Pattern.compile(
            "\\b(permanen|tidak\\s+terbatas|tak\\s+terbatas|tanpa\\s+batas(\\s+waktu)?|selama-?lamanya|selamanya|seterusnya|tidak\\s+ada\\s+batas(\\s+waktu)?|unlimited|permanent)\\b");
    private static final Pattern EVENT = Pattern.compile(
            "^(sampai|hingga|s\\.?\\s?d\\.?|s/d|sd|selama|sepanjang|apabila|jika|bila|kalau|atas|dengan|setelah|sesudah|sebelum|sejak|kecuali|until|upon)\\b");

    /** Parses one cell; never throws, never returns null. */
    public ExemptionPeriod parse(String text) {
        if (text == null || text.isBlank() || text.trim().matches("[-\u2013\u2014.]+")) {
            return ExemptionPeriod.unspecified(text);
        }
        String original = text.strip();
        String t = original.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");

        Matcher endOfYear = END_OF_YEAR.matcher(t);
        if (endOfYear.find()) {
            return ExemptionPeriod.until(LocalDate.of(Integer.parseInt(endOfYear.group(1)), 12, 31), original);
        }
        if (BARE_YEAR.matcher(t).find() && findDate(t).isEmpty()) {
            return ExemptionPeriod.unspecified(original); // "sampai 2030": start or end of 2030? not guessed
        }
        Optional<LocalDate> date = findDate(t);
        if (date.isPresent()) {
            return ExemptionPeriod.until(date.get(), original);
        }
        Optional<Integer> years = findYears(t);
        if (years.isPresent()) {
            return ExemptionPeriod.ofYears(years.get(), original);
        }
        if (PERMANENT.matcher(t).find()) {
            return ExemptionPeriod.permanent(original);
        }
        if (EVENT.matcher(t).find()) {
            return ExemptionPeriod.untilEvent(original, original);
        }
        return ExemptionPeriod.unspecified(original);
    }

    private static Optional<LocalDate> findDate(String t) {
        try {
            Matcher m = DATE_WORDS.matcher(t);
            while (m.find()) {
                Integer month = MONTHS.get(m.group(2));
                if (month != null) {
                    return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
                }
            }
            m = DATE_ISO.matcher(t);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            m = DATE_DMY.matcher(t);
            if (m.find()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Integer> findYears(String t) {
        Matcher m = YEARS_DIGITS.matcher(t);
        if (m.find()) {
            int years = Integer.parseInt(m.group(1));
            return years > 0 ? Optional.of(years) : Optional.empty();
        }
        m = YEARS_WORDS.matcher(t);
        while (m.find()) {
            Integer n = words(m.group(1).trim());
            if (n != null) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** Indonesian number words 1-99: "lima", "sepuluh", "dua belas", "dua puluh lima", "tiga puluh". */
    static Integer words(String phrase) {
        String p = phrase.trim().replaceAll("\\s+", " ");
        // try the longest tail of the phrase that is a number, so "selama lima" reads as 5
        String[] w = p.split(" ");
        for (int start = 0; start < w.length; start++) {
            Integer n = exact(String.join(" ", java.util.Arrays.copyOfRange(w, start, w.length)));
            if (n != null) {
                return n;
            }
        }
        return null;
    }

    private static Integer exact(String p) {
        if (p.equals("sepuluh")) {
            return 10;
        }
        if (p.equals("sebelas")) {
            return 11;
        }
        Matcher belas = Pattern.compile("([a-z]+) belas").matcher(p);
        if (belas.matches() && UNITS.containsKey(belas.group(1)) && !belas.group(1).equals("se")) {
            return 10 + UNITS.get(belas.group(1));
        }
        Matcher puluh = Pattern.compile("([a-z]+?) ?puluh(?: ([a-z]+))?").matcher(p);
        if (puluh.matches() && UNITS.containsKey(puluh.group(1))) {
            int tens = UNITS.get(puluh.group(1)) * 10;
            if (puluh.group(2) == null) {
                return tens;
            }
            Integer unit = UNITS.get(puluh.group(2));
            return unit == null || puluh.group(2).equals("se") ? null : tens + unit;
        }
        Integer unit = UNITS.get(p);
        return unit == null || p.equals("se") ? null : unit;
    }
}
