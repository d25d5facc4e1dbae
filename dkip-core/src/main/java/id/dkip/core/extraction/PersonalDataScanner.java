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
    private static final Pattern ICD10 = Pattern.compile("(?<![\\w./-])[A-TV-Z]\\d{2}(?:\\.\\d{1,2})?(?![\\w/-])");

    /**
     * Context words, by group, matched as whole words case-insensitively (one automaton, no regex per call).
     * "no. X" forms are spelt out: "no X", "no.X", "no. X", "noX".
     */
    private static final long CTX_NPWP = 1L;
    private static final long CTX_KK = 1L << 1;
    private static final long CTX_NIK = 1L << 2;
    private static final long CTX_BPJS = 1L << 3;
    private static final long CTX_BANK = 1L << 4;
    /** Numbers of offices and public services are published on purpose: not personal data. */
    private static final long CTX_INSTITUTION = 1L << 5;
    private static final long CTX_NOT_PERSONAL = 1L << 6;
    private static final KeywordAutomaton CONTEXT = new KeywordAutomaton(List.of(
            List.of("npwp", "nomor pokok wajib pajak"),
            withNo(List.of("kk", "kartu keluarga", "nomor kk"), "kk"),
            withNo(List.of("nik", "ktp", "e-ktp", "nomor induk kependudukan"), "ktp"),
            withNo(List.of("bpjs", "jkn", "kis", "kartu indonesia sehat", "nomor kartu", "peserta jkn"), "kartu"),
            withNo(List.of("rekening", "rek", "norek", "bank", "bri", "bni", "mandiri", "bca", "bsi", "btn", "cimb", "danamon",
                    "permata", "bjb", "bank jateng", "bank dki", "btpn", "ocbc", "maybank", "panin", "mega", "muamalat"), "rek"),
            List.of("layanan pengaduan", "pengaduan", "call center", "hotline", "pusat layanan", "humas", "kantor", "helpdesk",
                    "sms center", "whatsapp center"),
            withNo(List.of("invoice", "faktur", "nomor surat", "resi", "kode booking", "nip", "nrp", "sertifikat", "register",
                    "registrasi", "nomor seri"), "surat")));

    private static List<String> withNo(List<String> words, String x) {
        List<String> all = new ArrayList<>(words);
        all.addAll(List.of("no" + x, "no " + x, "no." + x, "no. " + x));
        return all;
    }

    static final Pattern PATIENT_ID = Pattern.compile("(?iu)(nama\\s*(pasien)?\\s*:|\\bpasien\\s+(atas\\s+nama|a\\.?n\\.?)|\\bidentitas(\\s+pasien)?\\s*:|\\b(tn|ny|nn|an|sdr|sdri)\\.\\s*\\p{Lu}"
            + "|\\bno\\.?\\s*rm\\b|nomor rekam medis\\s*:?\\s*\\d|\\bno\\.?\\s*rekam medis|tanggal lahir|tgl\\.?\\s*lahir|\\bumur\\s*:?\\s*\\d|\\busia\\s*:?\\s*\\d|\\balamat\\s*:|\\bnik\\b|\\bbpjs\\b)");

    /**
     * Keyword groups, found case-insensitively as substrings in the one pass over each paragraph (the digit runs and
     * '@'s are noted in the same pass): health words (any of them, as a whole word, with an identified person makes
     * a health finding), "icd" (which lets an ICD-10 code count), and the strong health words (confidence 0.9).
     */
    private static final long HEALTH = 1L;
    private static final long ICD = 2L;
    private static final long STRONG = 4L;
    private static final KeywordAutomaton KEYWORDS = new KeywordAutomaton(List.of(
            List.of("rekam medis", "rekam medik", "diagnosa", "diagnosis", "dx", "icd", "hiv", "aids", "odha", "tbc",
                    "tb paru", "tuberkulosis", "gangguan jiwa", "kesehatan jiwa", "odgj", "skizofrenia", "depresi", "bipolar",
                    "hepatitis", "kusta", "kanker", "diabetes", "hipertensi", "stroke", "positif covid", "covid-19", "icd-10",
                    "hasil laboratorium", "hasil lab", "riwayat penyakit", "keluhan", "terapi", "pengobatan", "rawat inap",
                    "visum", "sifilis", "gonore", "ims", "narkoba", "napza", "kehamilan", "hamil", "gizi buruk", "stunting",
                    "penyakit", "resep", "obat", "anamnesa", "anamnesis"),
            List.of("icd"),
            List.of("rekam medis", "rekam medik", "diagnosa", "diagnosis", "icd", "icd-10", "hiv", "aids", "odha", "tbc",
                    "tb paru", "tuberkulosis", "gangguan jiwa", "odgj", "skizofrenia", "hepatitis", "kusta", "kanker",
                    "sifilis", "gonore", "visum", "riwayat penyakit", "hasil laboratorium")));

    /**
     * Where a PATIENT_ID match can begin: every branch starts with one of these (ignoring case), so the pattern is
     * tried ({@code lookingAt}) only at their occurrences instead of at every position of the paragraph.
     */
    private static final KeywordAutomaton PATIENT_STARTS = new KeywordAutomaton(List.of(List.of("nama", "pasien", "identitas",
            "tn.", "ny.", "nn.", "an.", "sdr.", "sdri.", "no", "tanggal lahir", "tgl", "umur", "usia", "alamat", "nik", "bpjs")));

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
     * One scan over paragraphs arriving in order. Each paragraph is read once, by the keyword automaton, which also
     * notes digit runs and '@'s: only paragraphs with such a candidate go to the identifier patterns, and only
     * paragraphs with a health word to the health rule. The health rule needs the paragraphs either side, so a
     * window of three is kept and nothing else: memory does not grow with the document, only with the findings
     * (capped). Nothing is allocated per paragraph that has no candidate.
     */
    private final class Session {
        private final int maxFindings;
        private final List<PersonalDataFinding> findings = new ArrayList<>();
        private final TextBlock[] window = new TextBlock[3];
        /** Per window slot: the identifier kinds found (bits by ordinal), the keyword groups, whether PATIENT_ID matches. */
        private final int[] kinds = new int[3];
        private final long[] keywords = new long[3];
        private final byte[] patient = new byte[3];
        /** EMAIL, NPWP_FORMATTED, PHONE, DIGITS, PATIENT_ID: made once per scan, reset per paragraph. */
        private final Matcher[] matchers = {EMAIL.matcher(""), NPWP_FORMATTED.matcher(""), PHONE.matcher(""), DIGITS.matcher(""),
            PATIENT_ID.matcher("")};
        /** The current paragraph's characters, for the automaton's loop (reused: grows to the longest paragraph). */
        private char[] chars = new char[1024];
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
            String text = b.text();
            int n = text.length();
            if (chars.length < n) {
                chars = new char[Math.max(n, chars.length * 2)];
            }
            text.getChars(0, n, chars, 0);
            long seen = KEYWORDS.scan(chars, n);
            int found = 0;
            if ((seen & (KeywordAutomaton.DIGIT_RUN | KeywordAutomaton.AT_SIGN)) != 0) {
                for (PersonalDataFinding f : identifiers(b, seen, matchers)) {
                    keep(f);
                    found |= 1 << f.kind().ordinal();
                }
            }
            shift(b, found, seen);
            health(1);
        }

        List<PersonalDataFinding> finish() {
            shift(null, 0, 0);
            health(1);
            // identifiers of a paragraph were found before its health finding: a stable sort keeps that order
            findings.sort((a, b) -> Integer.compare(a.paragraph(), b.paragraph()));
            if (dropped > 0) {
                LOG.warn("Scan stopped keeping findings at {}; {} more not kept", maxFindings, dropped);
            }
            return findings;
        }

        private void shift(TextBlock b, int found, long words) {
            window[0] = window[1];
            kinds[0] = kinds[1];
            keywords[0] = keywords[1];
            patient[0] = patient[1];
            window[1] = window[2];
            kinds[1] = kinds[2];
            keywords[1] = keywords[2];
            patient[1] = patient[2];
            window[2] = b;
            kinds[2] = found;
            keywords[2] = words;
            patient[2] = UNKNOWN;
        }

        private void health(int i) {
            if (window[i] != null && (keywords[i] & HEALTH) != 0) {
                PersonalDataFinding h = healthFinding(i);
                if (h != null) {
                    keep(h);
                }
            }
        }

        /** Health data in paragraph {@code i} of the window, identified by itself or by the paragraph either side. */
        private PersonalDataFinding healthFinding(int i) {
            TextBlock b = window[i];
            String text = b.text();
            // what HEALTH_WORDS.find() and STRONG_HEALTH.find() answer, from the automaton's hits and the same word bounds
            int[] first = {-1};
            boolean[] strongHit = {false};
            KEYWORDS.matches(text, HEALTH | STRONG, (s, e, group) -> {
                if (wordAt(text, s, e)) {
                    if (group == 0 && (first[0] < 0 || s < first[0])) {
                        first[0] = s;
                    } else if (group == 2) {
                        strongHit[0] = true;
                    }
                }
                return false;
            });
            boolean keyword = first[0] >= 0;
            int at = first[0];
            boolean strong = strongHit[0];
            boolean icdCode = false;
            // "icd" as String.toLowerCase finds it (the automaton's folding also sees it in a dotless or dotted i)
            if (keyword || (keywords[i] & ICD) != 0 && text.toLowerCase(Locale.ROOT).contains("icd")) {
                Matcher icd = ICD10.matcher(text);
                icdCode = icd.find();
                if (icdCode && at < 0) {
                    at = icd.start();
                }
            }
            if (!keyword && !icdCode) {
                return null;
            }
            // an identifier in the paragraph itself, or just before or after (a table row split over cells, a form)
            boolean identified = identified(i) || (i > 0 && identified(i - 1)) || (i + 1 < window.length && identified(i + 1));
            if (!identified) {
                return null;
            }
            double confidence = strong || icdCode ? 0.9 : 0.7;
            int start = Math.max(0, at);
            int end = Math.min(text.length(), start + 1);
            return new PersonalDataFinding(PersonalDataKind.HEALTH, b.page(), b.paragraph(), excerpt(text, start, end),
                    confidence, PersonalDataKind.HEALTH.suggestedGround());
        }

        private boolean identified(int i) {
            if (window[i] == null) {
                return false;
            }
            if ((kinds[i] & IDENTIFYING) != 0) {
                return true;
            }
            if (patient[i] == UNKNOWN) {
                patient[i] = patientNamed(window[i].text(), matchers[4]) ? YES : NO;
            }
            return patient[i] == YES;
        }

        private void keep(PersonalDataFinding f) {
            if (findings.size() < maxFindings) {
                findings.add(f);
            } else {
                dropped++;
            }
        }
    }

    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;
    /** The identifiers that identify a person beside health data (bits by ordinal). */
    private static final int IDENTIFYING = 1 << PersonalDataKind.NIK.ordinal() | 1 << PersonalDataKind.BPJS.ordinal()
            | 1 << PersonalDataKind.KK.ordinal() | 1 << PersonalDataKind.PHONE.ordinal();

    // ---------------------------------------------------------------- identifiers

    /**
     * Where identifiers can be: one pass marks the runs of 8 digits or more (separators of up to two characters
     * between digits, as every number pattern allows) and the '@'s; the patterns then run only there, so a
     * paragraph with neither costs one pass over its characters. Regions keep the order the patterns would find
     * matches in over the whole text, and transparent bounds let their look-arounds see past the region.
     */
    private static int[] digitRegions(String text) {
        int[] regions = null;
        int count = 0;
        int runStart = -1;
        int lastDigit = -10;
        int digits = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : '\n';
            boolean digit = c >= '0' && c <= '9';
            boolean separator = c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '+' || c == '/';
            if (digit && runStart >= 0 && i - lastDigit - 1 <= 2) {
                digits++;
                lastDigit = i;
                continue;
            }
            if (runStart >= 0 && (digit || !separator || i - lastDigit > 2)) {
                if (digits >= 8) {
                    int from = Math.max(0, runStart - 3);
                    int to = Math.min(n, lastDigit + 2);
                    if (count > 0 && from <= regions[count - 1]) {
                        regions[count - 1] = to;
                    } else {
                        if (regions == null || regions.length < count + 2) {
                            regions = regions == null ? new int[8] : java.util.Arrays.copyOf(regions, regions.length * 2);
                        }
                        regions[count++] = from;
                        regions[count++] = to;
                    }
                }
                runStart = -1;
            }
            if (digit) {
                runStart = i;
                lastDigit = i;
                digits = 1;
            }
        }
        return regions == null ? new int[0] : java.util.Arrays.copyOf(regions, count);
    }

    private static int[] emailRegions(String text) {
        int at = text.indexOf('@');
        if (at < 0) {
            return new int[0];
        }
        int[] regions = new int[0];
        int count = 0;
        while (at >= 0) {
            int from = at;
            while (from > 0 && at - from < 70 && emailChar(text.charAt(from - 1))) {
                from--;
            }
            int to = at + 1;
            while (to < text.length() && to - at < 260 && emailChar(text.charAt(to))) {
                to++;
            }
            if (count > 0 && from <= regions[count - 1]) {
                regions[count - 1] = to;
            } else {
                regions = java.util.Arrays.copyOf(regions, count + 2);
                regions[count++] = from;
                regions[count++] = to;
            }
            at = text.indexOf('@', at + 1);
        }
        return java.util.Arrays.copyOf(regions, count);
    }

    private static boolean emailChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-');
    }

    private static Matcher in(Matcher m, int[] regions, int r) {
        return m.region(regions[r], regions[r + 1]).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** @param candidates the automaton's pass over the paragraph: which of digit runs and '@'s it holds */
    private List<PersonalDataFinding> identifiers(TextBlock block, long candidates, Matcher[] matchers) {
        String text = block.text();
        int[] numbers = (candidates & KeywordAutomaton.DIGIT_RUN) != 0 ? digitRegions(text) : new int[0];
        int[] emails = (candidates & KeywordAutomaton.AT_SIGN) != 0 ? emailRegions(text) : new int[0];
        if (numbers.length == 0 && emails.length == 0) {
            return List.of();
        }
        boolean[] used = new boolean[text.length()];
        java.util.TreeMap<Integer, PersonalDataFinding> out = new java.util.TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();

        Matcher m = matchers[0].reset(text);
        for (int r = 0; r < emails.length; r += 2) {
            in(m, emails, r);
            while (m.find()) {
                mark(used, m.start(), m.end());
                add(out, seen, block, PersonalDataKind.EMAIL, m.start(), m.end(), 0.95);
            }
        }
        if (numbers.length == 0) {
            return new ArrayList<>(out.values());
        }
        m = matchers[1].reset(text);
        for (int r = 0; r < numbers.length; r += 2) {
            in(m, numbers, r);
            while (m.find()) {
                if (free(used, m.start(), m.end())) {
                    mark(used, m.start(), m.end());
                    add(out, seen, block, PersonalDataKind.NPWP, m.start(), m.end(), 0.95);
                }
            }
        }
        m = matchers[2].reset(text);
        for (int r = 0; r < numbers.length; r += 2) {
            in(m, numbers, r);
            while (m.find()) {
                phone(text, m, used, out, seen, block);
            }
        }
        m = matchers[3].reset(text);
        for (int r = 0; r < numbers.length; r += 2) {
            in(m, numbers, r);
            while (m.find()) {
                number(text, m, used, out, seen, block);
            }
        }
        return new ArrayList<>(out.values());
    }

    private void phone(String text, Matcher m, boolean[] used, java.util.Map<Integer, PersonalDataFinding> out,
                       Set<String> seen, TextBlock block) {
        String digits = digitsOf(text, m.start(), m.end());
        int len = digits.startsWith("62") ? digits.length() - 1 : digits.length();
        if (free(used, m.start(), m.end()) && len >= 10 && len <= 13 && !context(text, m.start(), m.end(), CTX_BANK, 30)
                && !context(text, m.start(), m.end(), CTX_NOT_PERSONAL, 30)
                && !context(text, m.start(), m.end(), CTX_INSTITUTION, 50)) {
            mark(used, m.start(), m.end());
            add(out, seen, block, PersonalDataKind.PHONE, m.start(), m.end(), 0.9);
        }
    }

    private void number(String text, Matcher m, boolean[] used, java.util.Map<Integer, PersonalDataFinding> out,
                        Set<String> seen, TextBlock block) {
        if (!free(used, m.start(), m.end()) || amount(text, m.start(), m.end())) {
            return;
        }
        String digits = digitsOf(text, m.start(), m.end());
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

    private void add(java.util.Map<Integer, PersonalDataFinding> out, Set<String> seen, TextBlock block, PersonalDataKind kind, int start,
                     int end, double confidence) {
        String value = block.text().substring(start, end);
        if (seen.add(kind + ":" + value)) {
            out.put(start, new PersonalDataFinding(kind, block.page(), block.paragraph(), excerpt(block.text(), start, end),
                    confidence, kind.suggestedGround()));
        }
    }

    /**
     * True when a context word lies within the {@code before} characters before the match, or within the 12 just
     * after it; each window is read on its own, its edges counting as word bounds.
     */
    private static boolean context(String text, int start, int end, long group, int before) {
        return inWindow(text, Math.max(0, start - before), start, group)
                || inWindow(text, end, Math.min(text.length(), end + 12), group);
    }

    private static boolean inWindow(String text, int from, int to, long group) {
        return CONTEXT.matches(text, from, to, group,
                (s, e, g) -> (s == from || !letterOrNumber(text.charAt(s - 1))) && (e == to || !letterOrNumber(text.charAt(e))));
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

    /** The regexes' {@code (?<![\\p{L}\\p{N}])...(?![\\p{L}\\p{N}])}: no letter or number either side. */
    private static boolean wordAt(String text, int start, int end) {
        return (start == 0 || !letterOrNumber(text.charAt(start - 1))) && (end == text.length() || !letterOrNumber(text.charAt(end)));
    }

    private static boolean letterOrNumber(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * PATIENT_ID.find(), tried only where a match can begin (transparent bounds: its {@code \b} sees the character
     * before); paragraphs without any of the starting words cost one automaton pass.
     */
    static boolean patientNamed(String text, Matcher m) {
        m.reset(text);
        int n = text.length();
        return PATIENT_STARTS.matches(text, 0, n, 1L, (s, e, g) -> m.region(s, n).useTransparentBounds(true).lookingAt());
    }

    // ---------------------------------------------------------------- masking

    /** Label, medical and acronym words that stay readable in an excerpt; every other capitalised word is masked. */
    private static final Set<String> KEPT_WORDS = Set.of("nama", "pasien", "tn", "ny", "nn", "an", "sdr", "sdri", "nik",
            "diagnosa", "diagnosis", "alamat", "umur", "usia", "tanggal", "tgl", "lahir", "nomor", "no", "kartu",
            "keluarga", "rekening", "rek", "bank", "telepon", "telp", "hp", "hubungi", "surel", "email", "rekam", "medis",
            "medik", "peserta", "jkn", "kis", "bpjs", "kesehatan", "npwp", "ktp", "kk", "rm", "pajak", "identitas", "atas",
            "data", "hasil", "riwayat", "penyakit", "positif", "negatif", "laboratorium", "terapi", "pengobatan", "rawat",
            "inap", "keluhan", "hiv", "aids", "tbc", "tb", "icd", "odgj", "odha", "ims", "dx", "covid", "rt", "rw");

    /**
     * Up to 40 characters either side, with everything personal masked (masking keeps lengths, so it is done on a
     * wider margin before the window is cut): every number of five digits or more down to its last two digits,
     * whatever its format; e-mail addresses down to the last label of the domain; every capitalised word that is
     * not a known label (names: "Budi Santoso" beside a diagnosis is stored as "**** *******").
     */
    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - 40);
        int to = Math.min(text.length(), end + 40);
        int mFrom = Math.max(0, from - 40);
        int mTo = Math.min(text.length(), to + 40);
        String masked = mask(text.substring(mFrom, mTo));
        StringBuilder sb = new StringBuilder(to - from + 2);
        if (from > 0) {
            sb.append('…');
        }
        boolean space = false;
        for (int i = from - mFrom; i < to - mFrom; i++) {
            char c = masked.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && sb.length() > (from > 0 ? 1 : 0)) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        if (to < text.length()) {
            sb.append('…');
        }
        return sb.toString();
    }

    static String mask(String s) {
        char[] c = s.toCharArray();
        if (s.indexOf('@') >= 0) {
            Matcher em = EMAIL.matcher(s);
            while (em.find()) {
                int lastDot = s.lastIndexOf('.', em.end() - 1);
                for (int i = em.start(); i < lastDot; i++) {
                    if (Character.isLetterOrDigit(c[i])) {
                        c[i] = '*';
                    }
                }
            }
        }
        maskNumbers(c);
        maskNames(c);
        return new String(c);
    }

    /**
     * Every number of five digits or more, with the separators people write inside one ("(0812) 3456-7890": up to
     * three of space . - / ( ) + between digits), down to its last two digits.
     */
    private static void maskNumbers(char[] c) {
        int i = 0;
        while (i < c.length) {
            if (!isDigit(c[i])) {
                i++;
                continue;
            }
            int start = i;
            int last = i;
            int digits = 1;
            int j = i + 1;
            while (j < c.length) {
                if (isDigit(c[j])) {
                    digits++;
                    last = j++;
                } else if (j - last <= 3 && numberSeparator(c[j])) {
                    j++;
                } else {
                    break;
                }
            }
            if (digits >= 5) {
                int seen = 0;
                for (int k = start; k <= last; k++) {
                    if (isDigit(c[k]) && ++seen <= digits - 2) {
                        c[k] = '*';
                    }
                }
            }
            i = last + 1;
        }
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }

    private static boolean numberSeparator(char ch) {
        return ch == ' ' || ch == '.' || ch == '-' || ch == '/' || ch == '(' || ch == ')' || ch == '+';
    }

    /** Every word that begins with a capital (a name, a place, an all-capitals name) and is not a known label. */
    private static void maskNames(char[] c) {
        int i = 0;
        while (i < c.length) {
            if (!Character.isLetter(c[i]) || (i > 0 && (Character.isLetterOrDigit(c[i - 1]) || c[i - 1] == '*'))) {
                i++;
                continue;
            }
            int j = i;
            while (j < c.length && (Character.isLetter(c[j]) || ((c[j] == '\'' || c[j] == '-') && j + 1 < c.length
                    && Character.isLetter(c[j + 1])))) {
                j++;
            }
            if (Character.isUpperCase(c[i]) && !KEPT_WORDS.contains(new String(c, i, j - i).toLowerCase(Locale.ROOT))) {
                for (int k = i; k < j; k++) {
                    if (Character.isLetter(c[k])) {
                        c[k] = '*';
                    }
                }
            }
            i = Math.max(j, i + 1);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** An amount written with thousands dots, {@code \d{1,3}(?:\.\d{3})+}, exactly {@code text[from, to)}. */
    static boolean amount(String text, int from, int to) {
        int lead = 0;
        while (from + lead < to && lead < 4 && isDigit(text.charAt(from + lead))) {
            lead++;
        }
        if (lead < 1 || lead > 3 || (to - from - lead) % 4 != 0 || to - from == lead) {
            return false;
        }
        for (int i = from + lead; i < to; i += 4) {
            if (text.charAt(i) != '.' || !isDigit(text.charAt(i + 1)) || !isDigit(text.charAt(i + 2)) || !isDigit(text.charAt(i + 3))) {
                return false;
            }
        }
        return true;
    }

    private static String digitsOf(String text, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            if (isDigit(text.charAt(i))) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
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
