package id.dkip.core.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for personal data in a document's text (Tika): NIK, KK, NPWP, BPJS Kesehatan, phone numbers, e-mail,
 * bank accounts, and health data of identified persons, with Indonesian context words. Every finding is a
 * suggestion with a confidence; numbers are checked for structure (a NIK's province code and birth date) and
 * context, so invoice numbers, amounts and NIPs are left alone.
 *
 * <p>Thread-safe; one instance serves every request.
 */
public final class PersonalDataScanner {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PersonalDataScanner.class);
    private static final Pattern EMAIL = Pattern.compile("(?<![\\w.+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,24}\\b");
    private static final Pattern NPWP_FORMATTED = Pattern.compile("(?<![\\d.])\\d{2}\\.\\d{3}\\.\\d{3}\\.\\d[-.]\\d{3}\\.\\d{3}(?![\\d])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w/+.-])(?:\\+62|62|\\(0(?=8[1-9]\\d{1,2}\\))|0)[ .-]?8[1-9](?:\\)?[ .-]?\\d){6,10}(?![\\w/-])");
    private static final Pattern DIGITS = Pattern.compile("(?<![\\w/.,-])\\d(?:\\d|[ .-](?=\\d)){7,24}(?![\\w/-])");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final Pattern ICD10 = Pattern.compile("(?<![\\w./-])[A-TV-Z]\\d{2}(?:\\.\\d{1,2})?(?![\\w/-])");

    private static final Pattern CTX_NPWP = word("npwp|nomor pokok wajib pajak");
    private static final Pattern CTX_KK = word("kk|no\\.? ?kk|kartu keluarga|nomor kk");
    private static final Pattern CTX_NIK = word("nik|ktp|e-ktp|nomor induk kependudukan|no\\.? ?ktp");
    private static final Pattern CTX_BPJS = word("bpjs|jkn|kis|kartu indonesia sehat|no\\.? ?kartu|nomor kartu|peserta jkn");
    private static final Pattern CTX_BANK = word("rekening|rek|no\\.? ?rek|norek|bank|bri|bni|mandiri|bca|bsi|btn|cimb|danamon|permata|bjb|bank jateng|bank dki|btpn|ocbc|maybank|panin|mega|muamalat");
    /** Numbers of offices and public services are published on purpose: not personal data. */
    private static final Pattern CTX_INSTITUTION = word("layanan pengaduan|pengaduan|call center|hotline|pusat layanan|humas|kantor|helpdesk|sms center|whatsapp center");
    private static final Pattern CTX_NOT_PERSONAL = word("invoice|faktur|no\\.? ?surat|nomor surat|resi|kode booking|nip|nrp|sertifikat|register|registrasi|nomor seri");

    private static final Pattern HEALTH_WORDS = word("rekam medis|rekam medik|diagnosa|diagnosis|dx|icd|icd-10|hiv|aids|odha|tbc|tb paru|tuberkulosis|"
            + "gangguan jiwa|kesehatan jiwa|odgj|skizofrenia|depresi|bipolar|hepatitis|kusta|kanker|diabetes|hipertensi|stroke|"
            + "positif covid|covid-19|hasil laboratorium|hasil lab|riwayat penyakit|keluhan|terapi|pengobatan|rawat inap|visum|"
            + "sifilis|gonore|ims|narkoba|napza|kehamilan|hamil|gizi buruk|stunting|penyakit|resep|obat|anamnesa|anamnesis");
    private static final Pattern STRONG_HEALTH = word("rekam medis|rekam medik|diagnosa|diagnosis|icd|icd-10|hiv|aids|odha|tbc|tb paru|"
            + "tuberkulosis|gangguan jiwa|odgj|skizofrenia|hepatitis|kusta|kanker|sifilis|gonore|visum|riwayat penyakit|hasil laboratorium");
    private static final Pattern PATIENT_ID = Pattern.compile("(?iu)(nama\\s*(pasien)?\\s*:|\\bpasien\\s+(atas\\s+nama|a\\.?n\\.?)|\\bidentitas(\\s+pasien)?\\s*:|\\b(tn|ny|nn|an|sdr|sdri)\\.\\s*\\p{Lu}"
            + "|\\bno\\.?\\s*rm\\b|nomor rekam medis\\s*:?\\s*\\d|\\bno\\.?\\s*rekam medis|tanggal lahir|tgl\\.?\\s*lahir|\\bumur\\s*:?\\s*\\d|\\busia\\s*:?\\s*\\d|\\balamat\\s*:|\\bnik\\b|\\bbpjs\\b)");
    private static final Pattern NAME_AFTER_LABEL = Pattern.compile("(?u)(?<![\\p{L}])((?i:nama(?:\\s+pasien)?|a\\.n\\.?|atas nama|tn\\.|ny\\.|nn\\.|an\\.|sdr\\.|sdri\\.|pasien)\\s*:?\\s*)(\\p{Lu}[\\p{L}'.]*(?:\\s+\\p{Lu}[\\p{L}'.]*){0,3})");

    private final DocumentGuard guard;
    private final TikaReader tika;
    private final Set<String> provinces;

    /** A scan with the bundled province codes. */
    public PersonalDataScanner(ExtractionLimits limits) {
        this(limits, bundledProvinces());
    }

    public PersonalDataScanner(ExtractionLimits limits, Set<String> provinceCodes) {
        this.guard = new DocumentGuard(Objects.requireNonNull(limits, "limits"));
        this.tika = new TikaReader(guard);
        this.provinces = Set.copyOf(provinceCodes);
    }

    /** The result of scanning one document. */
    public record ScanReport(String fileName, String mediaType, int characters, int paragraphs,
                             List<PersonalDataFinding> findings) {
        public ScanReport {
            findings = List.copyOf(findings);
        }

        /** The distinct grounds suggested, sorted ("17h", "17h2"). */
        public List<String> suggestedGrounds() {
            return List.copyOf(new TreeSet<>(findings.stream().map(PersonalDataFinding::suggestedGround).toList()));
        }
    }

    /**
     * Extracts the document's text with Tika (under the configured limits) and scans it.
     *
     * @throws ExtractionException when the document is refused
     */
    public ScanReport scan(InputStream in, String fileName) {
        DocumentGuard.Document doc = guard.admit(in, fileName);
        // extraction and scanning in one pass under one time cap: paragraphs are scanned as Tika delivers them
        return guard.timed(doc.fileName(), () -> {
            Session session = new Session(guard.limits().maxFindings());
            int characters = tika.stream(doc, session::accept);
            List<PersonalDataFinding> findings = session.finish();
            return new ScanReport(doc.fileName(), doc.baseType(), characters, session.paragraphs, findings);
        });
    }

    /** Plain text, one paragraph per line. */
    public List<PersonalDataFinding> scanText(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                blocks.add(new TextBlock(null, blocks.size() + 1, line));
            }
        }
        return scanBlocks(blocks);
    }

    public List<PersonalDataFinding> scanBlocks(List<TextBlock> blocks) {
        Session session = new Session(guard.limits().maxFindings());
        blocks.forEach(session::accept);
        return session.finish();
    }

    /**
     * One scan over paragraphs arriving in order. Identifiers are found in each paragraph as it arrives; the health
     * rule needs the paragraphs either side, so a window of three is kept and nothing else: memory does not grow
     * with the document, only with the findings (capped).
     */
    private final class Session {
        private final int maxFindings;
        private final List<PersonalDataFinding> findings = new ArrayList<>();
        private final TextBlock[] window = new TextBlock[3];
        @SuppressWarnings("unchecked")
        private final Set<PersonalDataKind>[] kinds = new Set[3];
        int paragraphs;
        int dropped;

        Session(int maxFindings) {
            this.maxFindings = maxFindings;
        }

        void accept(TextBlock b) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ExtractionException(ExtractionException.Reason.TIMEOUT, "?", "?");
            }
            paragraphs++;
            Set<PersonalDataKind> found = new HashSet<>();
            for (PersonalDataFinding f : identifiers(b)) {
                keep(f);
                found.add(f.kind());
            }
            shift(b, found);
            health(1);
        }

        List<PersonalDataFinding> finish() {
            shift(null, Set.of());
            health(1);
            // identifiers of a paragraph were found before its health finding: a stable sort keeps that order
            findings.sort((a, b) -> Integer.compare(a.paragraph(), b.paragraph()));
            if (dropped > 0) {
                LOG.warn("Scan stopped keeping findings at {}; {} more not kept", maxFindings, dropped);
            }
            return findings;
        }

        private void shift(TextBlock b, Set<PersonalDataKind> found) {
            window[0] = window[1];
            kinds[0] = kinds[1];
            window[1] = window[2];
            kinds[1] = kinds[2];
            window[2] = b;
            kinds[2] = found;
        }

        private void health(int i) {
            if (window[i] != null) {
                PersonalDataFinding h = PersonalDataScanner.this.health(window, kinds, i);
                if (h != null) {
                    keep(h);
                }
            }
        }

        private void keep(PersonalDataFinding f) {
            if (findings.size() < maxFindings) {
                findings.add(f);
            } else {
                dropped++;
            }
        }
    }

    // ---------------------------------------------------------------- identifiers

    private List<PersonalDataFinding> identifiers(TextBlock block) {
        String text = block.text();
        boolean[] used = new boolean[text.length()];
        java.util.TreeMap<Integer, PersonalDataFinding> out = new java.util.TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();

        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            mark(used, m.start(), m.end());
            add(out, seen, block, PersonalDataKind.EMAIL, m.start(), m.end(), 0.95);
        }
        m = NPWP_FORMATTED.matcher(text);
        while (m.find()) {
            if (free(used, m.start(), m.end())) {
                mark(used, m.start(), m.end());
                add(out, seen, block, PersonalDataKind.NPWP, m.start(), m.end(), 0.95);
            }
        }
        m = PHONE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            int len = digits.startsWith("62") ? digits.length() - 1 : digits.length();
            if (free(used, m.start(), m.end()) && len >= 10 && len <= 13 && !context(text, m.start(), m.end(), CTX_BANK, 30)
                    && !context(text, m.start(), m.end(), CTX_NOT_PERSONAL, 30)
                    && !context(text, m.start(), m.end(), CTX_INSTITUTION, 50)) {
                mark(used, m.start(), m.end());
                add(out, seen, block, PersonalDataKind.PHONE, m.start(), m.end(), 0.9);
            }
        }
        m = DIGITS.matcher(text);
        while (m.find()) {
            if (!free(used, m.start(), m.end()) || AMOUNT.matcher(m.group()).matches()) {
                continue;
            }
            String digits = m.group().replaceAll("\\D", "");
            PersonalDataKind kind = null;
            double confidence = 0;
            int s = m.start();
            int e = m.end();
            boolean notPersonal = context(text, s, e, CTX_NOT_PERSONAL, 25);
            switch (digits.length()) {
                case 16 -> {
                    if (context(text, s, e, CTX_NPWP, 40)) {
                        kind = PersonalDataKind.NPWP;
                        confidence = 0.9;
                    } else if (context(text, s, e, CTX_KK, 40) && validRegion(digits) && validDate(digits, false)) {
                        kind = PersonalDataKind.KK;
                        confidence = 0.9;
                    } else if (context(text, s, e, CTX_BANK, 40) && !validNik(digits)) {
                        kind = PersonalDataKind.BANK_ACCOUNT;
                        confidence = 0.75;
                    } else if (validNik(digits) && !notPersonal) {
                        kind = PersonalDataKind.NIK;
                        confidence = context(text, s, e, CTX_NIK, 40) ? 0.97 : 0.8;
                    }
                }
                case 15 -> {
                    if (context(text, s, e, CTX_NPWP, 40)) {
                        kind = PersonalDataKind.NPWP;
                        confidence = 0.9;
                    } else if (context(text, s, e, CTX_BANK, 40) && !notPersonal) {
                        kind = PersonalDataKind.BANK_ACCOUNT;
                        confidence = 0.75;
                    }
                }
                case 13 -> {
                    if (context(text, s, e, CTX_BPJS, 40) && !notPersonal) {
                        kind = PersonalDataKind.BPJS;
                        confidence = digits.startsWith("000") ? 0.95 : 0.85;
                    } else if (context(text, s, e, CTX_BANK, 40) && !notPersonal) {
                        kind = PersonalDataKind.BANK_ACCOUNT;
                        confidence = 0.8;
                    }
                }
                case 10, 11, 12, 14 -> {
                    if (context(text, s, e, CTX_BANK, 40) && !notPersonal) {
                        kind = PersonalDataKind.BANK_ACCOUNT;
                        confidence = 0.8;
                    }
                }
                default -> {
                }
            }
            if (kind != null) {
                mark(used, s, e);
                add(out, seen, block, kind, s, e, confidence);
            }
        }
        return new ArrayList<>(out.values());
    }

    private void add(java.util.Map<Integer, PersonalDataFinding> out, Set<String> seen, TextBlock block, PersonalDataKind kind, int start,
                     int end, double confidence) {
        String value = block.text().substring(start, end);
        if (seen.add(kind + ":" + value)) {
            out.put(start, new PersonalDataFinding(kind, block.page(), block.paragraph(), excerpt(block.text(), start, end),
                    confidence, kind.suggestedGround()));
        }
    }

    /** True when a context word ends within {@code before} characters before the match, or starts just after it. */
    private static boolean context(String text, int start, int end, Pattern words, int before) {
        String pre = text.substring(Math.max(0, start - before), start);
        String post = text.substring(end, Math.min(text.length(), end + 12));
        return words.matcher(pre).find() || words.matcher(post).find();
    }

    // ---------------------------------------------------------------- NIK structure

    /** 16 digits: province code from the data file, regency and district not 00, a birth date, serial not 0000. */
    public boolean validNik(String digits) {
        return digits.length() == 16 && validRegion(digits) && validDate(digits, true) && !digits.endsWith("0000");
    }

    private boolean validRegion(String d) {
        return provinces.contains(d.substring(0, 2)) && !d.startsWith("00", 2) && !d.startsWith("00", 4);
    }

    /** DDMMYY at digits 7-12; women's day is +40. February 29 is accepted (the century is unknown). */
    static boolean validDate(String d, boolean allowWomen) {
        int day = Integer.parseInt(d.substring(6, 8));
        int month = Integer.parseInt(d.substring(8, 10));
        if (allowWomen && day > 40) {
            day -= 40;
        }
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int[] max = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        return day <= max[month - 1];
    }

    // ---------------------------------------------------------------- health

    /** Health data in {@code blocks[i]}, identified by itself or by the paragraph either side (entries may be null). */
    private PersonalDataFinding health(TextBlock[] blocks, Set<PersonalDataKind>[] ids, int i) {
        TextBlock b = blocks[i];
        String text = b.text();
        Matcher hw = HEALTH_WORDS.matcher(text);
        boolean keyword = hw.find();
        int at = keyword ? hw.start() : -1;
        boolean strong = STRONG_HEALTH.matcher(text).find();
        Matcher icd = ICD10.matcher(text);
        boolean icdCode = (keyword || text.toLowerCase(Locale.ROOT).contains("icd")) && icd.find();
        if (icdCode && at < 0) {
            at = icd.start();
        }
        if (!keyword && !icdCode) {
            return null;
        }
        boolean identified = PATIENT_ID.matcher(text).find() || hasIdentifier(ids[i]);
        // an identifier in the paragraph just before or after (a table row split over cells, a form)
        if (!identified && i > 0 && blocks[i - 1] != null) {
            identified = hasIdentifier(ids[i - 1]) || PATIENT_ID.matcher(blocks[i - 1].text()).find();
        }
        if (!identified && i + 1 < blocks.length && blocks[i + 1] != null) {
            identified = hasIdentifier(ids[i + 1]) || PATIENT_ID.matcher(blocks[i + 1].text()).find();
        }
        if (!identified) {
            return null;
        }
        double confidence = strong || icdCode ? 0.9 : 0.7;
        int start = Math.max(0, at);
        int end = Math.min(text.length(), start + 1);
        return new PersonalDataFinding(PersonalDataKind.HEALTH, b.page(), b.paragraph(), excerpt(text, start, end),
                confidence, PersonalDataKind.HEALTH.suggestedGround());
    }

    private static boolean hasIdentifier(Set<PersonalDataKind> kinds) {
        return kinds.contains(PersonalDataKind.NIK) || kinds.contains(PersonalDataKind.BPJS) || kinds.contains(PersonalDataKind.KK)
                || kinds.contains(PersonalDataKind.PHONE);
    }

    // ---------------------------------------------------------------- masking

    /**
     * Up to 40 characters either side, every identifier-like number, e-mail local part and labelled name masked
     * (masking keeps lengths, so it is done on a wider margin before the window is cut).
     */
    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 40);
        // mask a margin wider than the window (masking keeps lengths), not the whole paragraph: paragraphs can be long
        int mFrom = Math.max(0, from - 40);
        int mTo = Math.min(text.length(), to + 40);
        String s = mask(text.substring(mFrom, mTo)).substring(from - mFrom, to - mFrom).replaceAll("\\s+", " ");
        return (from > 0 ? "…" : "") + s.strip() + (to < text.length() ? "…" : "");
    }

    static String mask(String s) {
        Matcher em = EMAIL.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (em.find()) {
            String v = em.group();
            int at = v.indexOf('@');
            em.appendReplacement(sb, Matcher.quoteReplacement(v.charAt(0) + "*".repeat(at - 1) + v.substring(at)));
        }
        em.appendTail(sb);
        s = sb.toString();
        Matcher dm = Pattern.compile("\\d(?:\\d|[ .-](?=\\d)){5,}").matcher(s);
        sb = new StringBuilder();
        while (dm.find()) {
            dm.appendReplacement(sb, Matcher.quoteReplacement(maskDigits(dm.group())));
        }
        dm.appendTail(sb);
        s = sb.toString();
        Matcher nm = NAME_AFTER_LABEL.matcher(s);
        sb = new StringBuilder();
        while (nm.find()) {
            String name = nm.group(2);
            String masked = name.replaceAll("(?<=\\p{L})\\p{L}", "*");
            nm.appendReplacement(sb, Matcher.quoteReplacement(nm.group(1) + masked));
        }
        nm.appendTail(sb);
        return sb.toString();
    }

    /** Keeps the first two and last two digits: "3201011203900001" to "32************01". */
    static String maskDigits(String v) {
        int digits = (int) v.chars().filter(Character::isDigit).count();
        StringBuilder sb = new StringBuilder(v.length());
        int seen = 0;
        for (char c : v.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                sb.append(seen <= 2 || seen > digits - 2 ? c : '*');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- helpers

    private static Pattern word(String alternatives) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
    }

    private static boolean free(boolean[] used, int s, int e) {
        for (int i = s; i < e; i++) {
            if (used[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] used, int s, int e) {
        for (int i = s; i < e; i++) {
            used[i] = true;
        }
    }

    /** The province codes shipped in {@code kode-provinsi.csv}. */
    public static Set<String> bundledProvinces() {
        try (InputStream in = PersonalDataScanner.class.getResourceAsStream("kode-provinsi.csv")) {
            return readProvinces(Objects.requireNonNull(in, "kode-provinsi.csv missing"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads "code,name" lines ('#' comments); an administrator's file has the same format. */
    public static Set<String> readProvinces(InputStream in) throws IOException {
        Set<String> codes = new TreeSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String code = line.split(",", 2)[0].strip();
                if (!code.matches("\\d{2}")) {
                    throw new IllegalArgumentException("Not a province code: " + line);
                }
                codes.add(code);
            }
        }
        return Collections.unmodifiableSet(codes);
    }
}
