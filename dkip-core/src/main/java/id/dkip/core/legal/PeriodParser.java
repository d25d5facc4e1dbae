package id.dkip.core.legal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Jangka Waktu" cell of a DKIP table into an {@link ExemptionPeriod}, always keeping the original words:
 * <ul>
 *   <li>"20 Tahun", "5 tahun sejak ditetapkan", "5 (lima) tahun", "lima tahun", "6 bulan" -&gt; {@code YEARS}
 *       (months kept as months); "5 tahun setelah keputusan disiplin", "2 tahun setelah proses seleksi berakhir"
 *       keep their start event ({@link ExemptionPeriod#startEvent()}); the decree itself ("sejak ditetapkan",
 *       "sejak SK") is no start event;</li>
 *   <li>"sampai 31 Desember 2030", "s.d. 31-12-2030", "hingga 2030-12-31", "sampai akhir tahun 2030" -&gt;
 *       {@code UNTIL_DATE}; a bare year ("sampai 2030") is ambiguous and left {@code UNSPECIFIED};</li>
 *   <li>"permanen", "Tidak terbatas", "selamanya", "tanpa batas waktu" -&gt; {@code PERMANENT} (the validator flags it
 *       for 17a-17f, UU KIP Pasal 20);</li>
 *   <li>a condition ("sampai proses hukum selesai", "Apabila mendapat persetujuan yang bersangkutan ...",
 *       "Atas persetujuan pasien", "selama ...", "Terbatas sampai ditetapkannya ...", "Dibuka setelah mendapatkan
 *       persetujuan tertulis dari yang bersangkutan", "Selama proses ... hingga ...") -&gt; {@code UNTIL_EVENT} with
 *       the words as the event;</li>
 *   <li>vague wordings that name no period ("Selama Jangka Waktu Tertentu", "waktu tertentu") -&gt;
 *       {@code UNSPECIFIED}; {@link #isVague(String)} lets the validator say why;</li>
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
    private static final Pattern END_OF_YEAR = Pattern.compile("\\bakhir\\s+(?:tahun\\s+)?(\\d{4})\\b");
    private static final Pattern BARE_YEAR = Pattern.compile(
            "^(?:sampai|hingga|s\\.?\\s?d\\.?|s/d|sd)\\s+(?:dengan\\s+)?(?:tahun\\s+)?\\d{4}\\s*$");
    private static final Pattern PERMANENT = Pattern.compile(
            "\\b(permanen|tidak\\s+terbatas|tak\\s+terbatas|tanpa\\s+batas(\\s+waktu)?|selama-?lamanya|selamanya|seterusnya|tidak\\s+ada\\s+batas(\\s+waktu)?|unlimited|permanent)\\b");
    /** Words a period may start with before its condition: "Terbatas sampai ...", "Dibuka setelah ...", "Dapat dibuka pada ...". */
    private static final Pattern LEAD = Pattern.compile("^(?:(?:informasi\\s+)?(?:dapat\\s+)?(?:terbatas|dikecualikan|ditutup|tertutup|rahasia|dibuka|terbuka|berlaku)\\s+)+");
    private static final Pattern EVENT = Pattern.compile(
            "^(sampai|hingga|s\\.?\\s?d\\.?|s/d|sd|selama|sepanjang|apabila|jika|bila|kalau|atas|dengan|setelah|sesudah|sebelum|sejak|kecuali|menunggu|tergantung|pada|until|upon)\\b");
    /** Vague wordings that name no period at all (PerKI 1/2017 Pasal 4(4)(d) asks for one). */
    private static final Pattern VAGUE = Pattern.compile(
            "^(?:(?:selama|sampai|hingga|dalam)\\s+)?(?:(?:jangka|kurun|batas)\\s+)?waktu\\s+(?:yang\\s+)?(?:tertentu|ditentukan|tidak\\s+tertentu)\\.?$|^(?:sesuai\\s+)?kebutuhan\\.?$|^tertentu\\.?$");
    /** What follows a duration when it counts from something other than the decree. */
    private static final Pattern FROM = Pattern.compile("^(?:terhitung\\s+)?(?:sejak|setelah|sesudah|dari|mulai|semenjak)\\s+(.+)$");
    /** Starts that are the decree itself: "sejak ditetapkan", "sejak SK", "sejak tanggal penetapan". */
    private static final Pattern DECREE_START = Pattern.compile(
            "^(?:(?:tanggal|tgl\\.?)\\s+)?(?:ditetapkan(?:nya)?|penetapan|diterbitkan(?:nya)?|ditandatangani|sk|surat\\s+keputusan|keputusan\\s+(?:ini|ppid)|dikecualikan|pengecualian|ditetapkannya\\s+(?:sk|dkip|keputusan)).*$");
    private static final Pattern WORD = Pattern.compile("[a-z]+|\\d+|\\S");

    /** The longest cell read in full; a period is a few words, the rest of a longer cell is not looked at. */
    public static final int MAX_CHARS = 2_000;

    /** Parses one cell; never throws, never returns null. Linear in the cell's length (read up to {@link #MAX_CHARS}). */
    public ExemptionPeriod parse(String text) {
        if (text == null || text.isBlank() || DASHES.matcher(text.strip()).matches()) {
            return ExemptionPeriod.unspecified(text);
        }
        String original = text.strip();
        String collapsed = SPACES.matcher(original.length() > MAX_CHARS ? original.substring(0, MAX_CHARS) : original)
                .replaceAll(" ");
        // "5 tahun sejak ditetapkan (s.d. 3 Mei 2026)": the bracket is the expiry computed from the duration, which is
        // the period (our own documents and exports write it so)
        Matcher computed = COMPUTED_EXPIRY.matcher(collapsed);
        if (computed.find() && DURATION_FIRST.matcher(collapsed).lookingAt()) {
            collapsed = collapsed.substring(0, computed.start()).strip();
        }
        String t = collapsed.toLowerCase(Locale.ROOT);
        if (isVague(t)) {
            return ExemptionPeriod.unspecified(original);
        }
        Matcher endOfYear = END_OF_YEAR.matcher(t);
        if (endOfYear.find()) {
            return ExemptionPeriod.until(LocalDate.of(Integer.parseInt(endOfYear.group(1)), 12, 31), original);
        }
        Optional<LocalDate> date = findDate(t);
        if (BARE_YEAR.matcher(t).find() && date.isEmpty()) {
            return ExemptionPeriod.unspecified(original); // "sampai 2030": start or end of 2030? not guessed
        }
        if (date.isPresent()) {
            return ExemptionPeriod.until(date.get(), original);
        }
        Optional<ExemptionPeriod> duration = findDuration(t, t.length() == collapsed.length() ? collapsed : t, original);
        if (duration.isPresent()) {
            return duration.get();
        }
        if (PERMANENT.matcher(t).find()) {
            return ExemptionPeriod.permanent(original);
        }
        String condition = LEAD.matcher(t).replaceFirst("");
        if (EVENT.matcher(condition).find()) {
            return ExemptionPeriod.untilEvent(original, original);
        }
        return ExemptionPeriod.unspecified(original);
    }

    /** True for wordings that name no period: "Selama Jangka Waktu Tertentu", "waktu tertentu", "sesuai kebutuhan". */
    public static boolean isVague(String text) {
        if (text == null) {
            return false;
        }
        String t = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return t.length() < 80 && VAGUE.matcher(t).find();
    }

    private static final Pattern COMPUTED_EXPIRY = Pattern.compile(
            "\\s*\\((?:s\\.?\\s?d\\.?|s/d|sampai(?:\\s+dengan)?|hingga|berakhir)\\s[^()]*\\)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION_FIRST = Pattern.compile(
            "^(?:\\d{1,3}|[a-z]+(?:\\s+[a-z]+){0,2})\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:tahun|thn|bulan)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,]+$");
    private static final Pattern DASHES = Pattern.compile("[-\u2013\u2014.]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

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

    /**
     * The first "N tahun" / "N bulan" (digits, "5 (lima)", or words up to three before the unit), one pass over the
     * words; what follows it ("setelah keputusan disiplin") becomes the start event unless it is the decree itself.
     */
    private static Optional<ExemptionPeriod> findDuration(String t, String cased, String original) {
        List<String> words = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher w = WORD.matcher(t);
        while (w.find()) {
            words.add(w.group());
            ends.add(w.end());
        }
        for (int i = 0; i < words.size(); i++) {
            String unit = words.get(i);
            boolean year = unit.equals("tahun") || unit.equals("thn") || unit.equals("th");
            boolean month = unit.equals("bulan") || unit.equals("bln");
            if (!year && !month) {
                continue;
            }
            Integer n = numberBefore(words, i);
            if (n == null || n <= 0) {
                continue;
            }
            ExemptionPeriod p = year ? ExemptionPeriod.ofYears(n, original) : ExemptionPeriod.ofMonths(n, original);
            int after = ends.get(i);
            if (after < t.length() && t.charAt(after) == '.') {
                after++;
            }
            String rest = t.substring(after).strip();
            Matcher from = FROM.matcher(rest);
            if (from.matches() && !DECREE_START.matcher(from.group(1).strip()).matches()) {
                p = p.countedFrom(stripEnd(cased.substring(t.length() - from.group(1).length())));
            }
            return Optional.of(p);
        }
        return Optional.empty();
    }

    private static String stripEnd(String s) {
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    }

    /** The number right before word {@code i}: "20", "5 ( lima )", "lima", "dua puluh lima". */
    private static Integer numberBefore(List<String> words, int i) {
        int j = i - 1;
        if (j >= 0 && words.get(j).equals(")")) { // "5 (lima) tahun": skip the words in brackets
            int open = j;
            while (open >= 0 && !words.get(open).equals("(") && j - open < 6) {
                open--;
            }
            if (open >= 0 && words.get(open).equals("(")) {
                j = open - 1;
            }
        }
        if (j < 0) {
            return null;
        }
        if (words.get(j).chars().allMatch(Character::isDigit)) {
            return words.get(j).length() <= 3 ? Integer.valueOf(words.get(j)) : null;
        }
        int from = Math.max(0, j - 3);
        return words(String.join(" ", words.subList(from, j + 1)));
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

    private static final Pattern BELAS = Pattern.compile("([a-z]+) belas");
    private static final Pattern PULUH = Pattern.compile("([a-z]+?) ?puluh(?: ([a-z]+))?");

    private static Integer exact(String p) {
        if (p.equals("sepuluh")) {
            return 10;
        }
        if (p.equals("sebelas")) {
            return 11;
        }
        Matcher belas = BELAS.matcher(p);
        if (belas.matches() && UNITS.containsKey(belas.group(1)) && !belas.group(1).equals("se")) {
            return 10 + UNITS.get(belas.group(1));
        }
        Matcher puluh = PULUH.matcher(p);
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
