package id.dkip.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * #14: the scanner's one pass (the keyword automaton's two interleaved walks, which also note digit runs and '@'s)
 * and the candidate checks that replaced regexes answer exactly what the regexes answer, on random texts built to hit
 * the edges (keywords and numbers across the middle of the text, where the second walk starts, mixed case, separators).
 */
class ScannerSinglePassTest {
    /** The number patterns' candidates: 8 digits, at most two of {@code space . - ( ) + /} between consecutive ones. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ .\\-()+/]{0,2}\\d){7}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");
    private static final List<List<String>> GROUPS = List.of(List.of("rekam medis", "icd-10", "hiv", "obat", "tb paru"),
            List.of("icd", "dx"), List.of("hasil laboratorium", "kanker"));
    private static final String[] TOKENS = {"rekam", "medis", "rekam medis", "REKAM MEDIS", "Rekam  medis", "icd", "ICD-10", "icd-1",
        "hiv", "HIV/AIDS", "obat", "obatnya", "tb", "tb paru", "TB Paru", "hasil", "laboratorium", "hasil laboratorium", "kanker", "dx",
        "d", "x", " ", "  ", ".", "-", "(", ")", "+", "/", "@", ",", "a", "é", "\u2019", "0", "1", "12", "123", "1234", "12345678",
        "0812", "3456", "7890", "1.250.000", "1 2 3", "1--2", "1-.2", "1...2", "(0812)", "+62"};

    private static String randomText(Random rnd) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(40);
        for (int i = 0; i < n; i++) {
            sb.append(TOKENS[rnd.nextInt(TOKENS.length)]);
        }
        return sb.toString();
    }

    @Test
    void onePassFindsExactlyTheGroupsDigitRunsAndAtSignsTheReferenceRulesFind() {
        KeywordAutomaton automaton = new KeywordAutomaton(GROUPS);
        Random rnd = new Random(14);
        int digitRuns = 0;
        int hits = 0;
        for (int t = 0; t < 50_000; t++) {
            String text = randomText(rnd);
            long found = automaton.scan(text.toCharArray(), text.length());
            long expected = 0;
            String lower = text.toLowerCase(Locale.ROOT);
            for (int g = 0; g < GROUPS.size(); g++) {
                for (String k : GROUPS.get(g)) {
                    if (lower.contains(k)) {
                        expected |= 1L << g;
                    }
                }
            }
            if (DIGIT_RUN.matcher(text).find()) {
                expected |= KeywordAutomaton.DIGIT_RUN;
                digitRuns++;
            }
            if (text.indexOf('@') >= 0) {
                expected |= KeywordAutomaton.AT_SIGN;
            }
            hits += Long.bitCount(expected);
            assertThat(found).as(text).isEqualTo(expected);
        }
        assertThat(digitRuns).as("the random texts exercise digit runs").isGreaterThan(5_000);
        assertThat(hits).isGreaterThan(50_000);
    }

    @Test
    void aKeywordOrDigitRunAtTheMiddleOfALongTextIsFound() {
        KeywordAutomaton automaton = new KeywordAutomaton(GROUPS);
        String filler = "x".repeat(2000);
        for (String word : List.of("hasil laboratorium", "1234 5678", "12.34.56.78")) {
            for (int at = 950; at <= 1050; at++) { // the second walk starts a little before the middle (~1000)
                String text = filler.substring(0, at) + word + filler.substring(at);
                long found = automaton.scan(text.toCharArray(), text.length());
                assertThat(found).as(word + " at " + at).isEqualTo(word.startsWith("hasil") ? 1L << 2 : KeywordAutomaton.DIGIT_RUN);
            }
        }
    }

    @Test
    void upperCaseFoldsAsTheRegexesDo() {
        KeywordAutomaton automaton = new KeywordAutomaton(GROUPS);
        // KELVIN SIGN folds to 'k' under Unicode case-insensitivity, as the regexes' (?iu) matching sees it
        String text = "\u212Aanker";
        assertThat(automaton.scan(text.toCharArray(), text.length())).isEqualTo(1L << 2);
        assertThat(Pattern.compile("(?iu)kanker").matcher(text).find()).isTrue();
    }

    @Test
    void amountsAreRecognisedExactlyAsTheirPattern() {
        Random rnd = new Random(7);
        String chars = "0123456789..";
        int amounts = 0;
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + rnd.nextInt(14);
            for (int i = 0; i < n; i++) {
                sb.append(chars.charAt(rnd.nextInt(chars.length())));
            }
            String s = "a" + sb + "b";
            boolean expected = AMOUNT.matcher(sb).matches();
            amounts += expected ? 1 : 0;
            assertThat(PersonalDataScanner.amount(s, 1, s.length() - 1)).as(sb.toString()).isEqualTo(expected);
        }
        assertThat(PersonalDataScanner.amount("1.250.000.000", 0, 13)).isTrue();
        assertThat(amounts).isGreaterThan(100);
    }

    @Test
    void patientLabelsAreFoundExactlyWhereThePatternFindsThem() {
        String[] parts = {"nama", "Nama pasien :", "NAMA:", "pasien", "pasien a.n.", "Pasien an", "pasien atas  nama", "identitas :",
            "identitas pasien:", "Tn.", "tn. Budi", "ny.siti", "an. ani", "xan. Ani", "sdri. Rina", "no.rm", "no rm", "norm", "No. RMx",
            "nomor rekam medis: 1", "no. rekam medis", "tanggal lahir", "tgl.lahir", "tgl  lahir", "umur: 4", "usia 3", "usia:",
            "alamat :", "alamat", "nik", "NIKx", "xnik", "bpjs", "BPJS2", "\u0130dentitas:", "\u212Aanker", " ", ":", ".", "-", "a", "1"};
        Random rnd = new Random(3);
        java.util.regex.Matcher m = PersonalDataScanner.PATIENT_ID.matcher("");
        int positives = 0;
        for (int t = 0; t < 50_000; t++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(8);
            for (int i = 0; i < n; i++) {
                sb.append(parts[rnd.nextInt(parts.length)]);
            }
            String text = sb.toString();
            boolean expected = PersonalDataScanner.PATIENT_ID.matcher(text).find();
            positives += expected ? 1 : 0;
            assertThat(PersonalDataScanner.patientNamed(text, m)).as(text).isEqualTo(expected);
        }
        assertThat(positives).isGreaterThan(10_000);
    }
}
