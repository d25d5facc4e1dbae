package id.dkip.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.extraction.ExtractionLimits;
import id.dkip.core.extraction.LegalCellParser;
import id.dkip.core.extraction.MatrixImport;
import id.dkip.core.extraction.MatrixImporter;
import id.dkip.core.extraction.fixtures.MatrixFiles;
import id.dkip.core.extraction.fixtures.MatrixFixture;
import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.Finding;
import id.dkip.core.legal.ParsedLegalBasis;
import id.dkip.core.legal.PeriodParser;
import id.dkip.core.legal.ReferenceParser;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows of DKIP tables agencies have published ({@code corpus/dkip-corpus.tsv}, sources in its README), each with the
 * reading a careful reviewer gives it: entry or group row, grounds, period kind and start event, and the findings
 * expected by reading UU 14/2008 (written by hand, not by running the tool). The readings must match exactly; the
 * findings are measured as precision and recall over (row, code) pairs, with floors so that a regression fails.
 */
class DkipCorpusTest {

    /** The finding codes measured (the ones about the row's content; the level column no table has is left out). */
    static final Set<String> MEASURED = Set.of(EntryValidator.GROUND_MISSING, EntryValidator.GROUND_POINT_MISSING,
            EntryValidator.GROUND_UU_KIP_WITHOUT_PASAL_17, EntryValidator.GROUND_SECTOR_ONLY,
            EntryValidator.GROUND_17J_NO_STATUTE, EntryValidator.GROUND_MISMATCH, EntryValidator.GROUND_NOT_SUPPORTED,
            EntryValidator.BASIS_UNREADABLE, EntryValidator.CONSEQUENCE_MISSING, EntryValidator.PUBLIC_INTEREST_MISSING,
            EntryValidator.PERIOD_MISSING, EntryValidator.PERIOD_VAGUE, EntryValidator.PERIOD_UNREADABLE,
            EntryValidator.PERIOD_PERMANENT, EntryValidator.PERIOD_OVER_MAXIMUM, EntryValidator.PERIOD_START_EVENT,
            EntryValidator.PASAL_18_NOTICE);

    /** Floors just under the measured figures (docs/tables.md); raise them when the checks improve. */
    static final double MIN_PRECISION = 0.90;
    static final double MIN_RECALL = 0.85;

    record Row(String id, String agency, boolean group, String no, String information, String basis, String consequence,
               String benefit, String period, List<String> grounds, String periodKind, String startEvent, Set<String> findings) {
    }

    static List<Row> rows;
    private static final ReferenceParser REFERENCES = new ReferenceParser();
    private static final PeriodParser PERIODS = new PeriodParser();
    private static final EntryValidator VALIDATOR = EntryValidator.standard();

    @BeforeAll
    static void load() throws IOException {
        rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DkipCorpusTest.class.getResourceAsStream("/id/dkip/core/corpus/dkip-corpus.tsv"), StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = line.split("\t", -1);
                assertThat(c).as(line).hasSize(13);
                for (int i = 0; i < c.length; i++) {
                    c[i] = c[i].replace("\\n", "\n");
                }
                rows.add(new Row(c[0], c[1], c[2].equals("group"), c[3], c[4], c[5], c[6], c[7], c[8], words(c[9]), c[10],
                        c[11].isEmpty() ? null : c[11], new TreeSet<>(words(c[12]))));
            }
        }
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    private static DkipEntry entry(Row r) {
        ParsedLegalBasis basis = REFERENCES.parse(r.basis());
        ExemptionPeriod period = PERIODS.parse(r.period());
        return DkipEntry.builder().id(r.id()).information(r.information()).legalBasisText(r.basis())
                .grounds(basis.grounds()).otherReferences(basis.otherReferences())
                .consequenceIfOpened(r.consequence().isBlank() ? null : r.consequence())
                .benefitIfClosed(r.benefit().isBlank() ? null : r.benefit())
                .period(period).status(EntryStatus.USULAN).build();
    }

    @Test
    void theCorpusHasRealRowsFromManyAgencies() {
        assertThat(rows).hasSizeGreaterThanOrEqualTo(69);
        assertThat(rows.stream().map(Row::agency).distinct().count()).isGreaterThanOrEqualTo(13);
        assertThat(rows.stream().map(Row::id).distinct().count()).isEqualTo(rows.size());
    }

    @Test
    void everyEntryIsReadAsAReviewerReadsIt() {
        for (Row r : rows) {
            if (r.group()) {
                continue;
            }
            DkipEntry e = entry(r);
            assertThat(e.grounds()).as(r.id() + " grounds").containsExactlyInAnyOrderElementsOf(r.grounds());
            assertThat(e.period().kind().name()).as(r.id() + " period kind").isEqualTo(r.periodKind());
            assertThat(e.period().startEvent()).as(r.id() + " start event").isEqualTo(r.startEvent());
        }
    }

    @Test
    void findingsHaveTheMeasuredPrecisionAndRecall() {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        StringBuilder report = new StringBuilder();
        for (Row r : rows) {
            if (r.group()) {
                continue;
            }
            List<Finding> findings = VALIDATOR.validate(entry(r));
            Set<String> got = findings.stream().map(Finding::code).filter(MEASURED::contains).collect(Collectors.toCollection(TreeSet::new));
            Set<String> missed = new TreeSet<>(r.findings());
            missed.removeAll(got);
            Set<String> extra = new TreeSet<>(got);
            extra.removeAll(r.findings());
            tp += got.size() - extra.size();
            fp += extra.size();
            fn += missed.size();
            if (!missed.isEmpty() || !extra.isEmpty()) {
                report.append(String.format("%-7s missed %s, extra %s%n", r.id(), missed, extra));
            }
            // every finding renders in both languages, and a suggestion comes with the new ones
            for (Finding f : findings) {
                assertThat(f.message(Locale.forLanguageTag("id"))).doesNotContain("{");
                assertThat(f.message(Locale.ENGLISH)).doesNotContain("{");
                if (f.code().equals(EntryValidator.GROUND_MISMATCH)) {
                    assertThat(f.suggestion()).as(r.id()).matches("17[a-j][0-9]?");
                }
            }
        }
        double precision = tp / (double) (tp + fp);
        double recall = tp / (double) (tp + fn);
        System.out.printf(Locale.ROOT, "DKIP corpus: %d rows, %d agencies; findings TP=%d FP=%d FN=%d precision=%.3f recall=%.3f%n%s",
                rows.size(), rows.stream().map(Row::agency).distinct().count(), tp, fp, fn, precision, recall, report);
        assertThat(precision).as("precision\n" + report).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(recall).as("recall\n" + report).isGreaterThanOrEqualTo(MIN_RECALL);
    }

    // --- the same rows rebuilt in their own layouts and read back through the matrix import ---

    private static final String L = MatrixFixture.LEFT;
    private static final String U = MatrixFixture.UP;

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("karanganyar-disdagnakerkop", "xlsx", List.of(
                        List.of("NO", "JUDUL INFORMASI", "DASAR HUKUM", "BATAS WAKTU PENGECUALIAN", "KONSEKUENSI", L),
                        List.of(U, U, U, U, "AKIBAT BILA INFO DIBUKA", "AKIBAT BILA INFO DITUTUP")),
                        (Function<Row, List<String>>) r -> List.of(r.no(), r.information(), r.basis(), r.period(), r.consequence(), r.benefit()), false),
                Arguments.of("rsj-grhasia", "docx", List.of(
                        List.of("NO.", "KONTEN INFORMASI", "PERTIMBANGAN SESUAI INDIKATOR KONSEKUENSI", "BATAS WAKTU PENGECUALIAN", "KONSEKUENSI", L),
                        List.of(U, U, U, U, "AKIBAT APABILA INFORMASI DIBUKA", "AKIBAT APABILA INFORMASI DITUTUP")),
                        (Function<Row, List<String>>) r -> List.of(r.no(), r.information(), r.basis(), r.period(), r.consequence(), r.benefit()), true),
                Arguments.of("unesa", "csv", List.of(
                        List.of("No", "Informasi", "Dasar Hukum Pengecualian Informasi", "Konsekuensi/Pertimbanagn Bagi Publik", L, "Jangka Waktu"),
                        List.of(U, U, U, "Dibuka", "Ditutup", U)),
                        (Function<Row, List<String>>) r -> List.of(r.no(), r.information(), r.basis(), r.consequence(), r.benefit(), r.period()), false),
                Arguments.of("iain-parepare", "docx", List.of(
                        List.of("No.", "Jenis Informasi yang Dikecualikan", "Dasar Hukum Pengecualian", "Konsekuensi/Pertimbangan bagi Publik", "Jangka Waktu Pengecualian")),
                        (Function<Row, List<String>>) r -> List.of(r.no(), r.information(), r.basis(), r.consequence(), r.period()), false),
                Arguments.of("universitas-terbuka", "xlsx", List.of(
                        List.of("No", "Informasi", "Dasar Hukum Pengecualian Informasi", "Dibuka", "Ditutup", "Jangka Waktu")),
                        (Function<Row, List<String>>) r -> List.of(r.no(), r.information(), r.basis(), r.consequence(), r.benefit(), r.period()), false));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("layouts")
    void rowsRebuiltInTheirOwnLayoutAreImportedAsEntriesAndGroups(String agency, String format, List<List<String>> header,
                                                                   Function<Row, List<String>> cells, boolean numberingRow) {
        List<Row> mine = rows.stream().filter(r -> r.agency().equals(agency)).toList();
        List<List<String>> body = new ArrayList<>();
        if (numberingRow) {
            List<String> numbers = new ArrayList<>();
            for (int i = 1; i <= header.get(0).size(); i++) {
                numbers.add(Integer.toString(i));
            }
            body.add(numbers);
        }
        for (Row r : mine) {
            if (r.group()) {
                List<String> g = new ArrayList<>();
                g.add(r.no());
                g.add(r.information());
                while (g.size() < header.get(0).size()) {
                    g.add("");
                }
                body.add(g);
            } else {
                body.add(cells.apply(r));
            }
        }
        MatrixFixture fixture = new MatrixFixture("DAFTAR INFORMASI YANG DIKECUALIKAN", header, body);
        byte[] bytes = switch (format) {
            case "xlsx" -> MatrixFiles.xlsx(fixture);
            case "docx" -> MatrixFiles.docx(fixture);
            default -> MatrixFiles.csv(fixture);
        };
        MatrixImport result = new MatrixImporter(LegalCellParser.standard(), ExtractionLimits.defaults())
                .importMatrix(new ByteArrayInputStream(bytes), agency + "." + format);

        List<Row> entries = mine.stream().filter(r -> !r.group()).toList();
        assertThat(result.entries()).as(agency + " entries (group rows are not entries)").hasSize(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            DkipEntry got = result.entries().get(i);
            Row want = entries.get(i);
            assertThat(got.information()).as(want.id()).endsWith(lastLine(want.information()).replaceFirst("^[a-z][.)]\\s+", ""));
            assertThat(got.grounds()).as(want.id() + " grounds").containsExactlyInAnyOrderElementsOf(want.grounds());
            assertThat(got.period().kind().name()).as(want.id() + " period").isEqualTo(want.periodKind());
            if (mine.stream().anyMatch(Row::group) && mine.indexOf(want) > 0 && mine.subList(0, mine.indexOf(want)).stream().anyMatch(Row::group)) {
                assertThat(got.original()).as(want.id() + " keeps its group").containsKey("Kelompok");
            }
        }
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
