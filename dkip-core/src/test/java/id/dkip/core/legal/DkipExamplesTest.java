package id.dkip.core.legal;

import static id.dkip.core.legal.EntryValidator.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.dkip.core.legal.ExemptionPeriod.Kind;
import id.dkip.core.legal.Finding.Severity;
import id.dkip.core.register.DkipEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The published rows of dkip-examples.md (Kabupaten Banyumas 2025, Dinas Kesehatan Lombok Tengah), read the way an
 * importer reads them: every cell must parse, and the legal problems they really have must be found.
 */
class DkipExamplesTest {

    record Row(String source, String no, String unit, String information, String basis, String period, String ifOpened,
               String ifClosed) {
        @Override
        public String toString() {
            return source + " #" + no;
        }
    }

    private static final ReferenceParser REFS = new ReferenceParser();
    private static final PeriodParser PERIODS = new PeriodParser();
    private static final EntryValidator VALIDATOR = EntryValidator.standard();

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                DkipExamplesTest.class.getResourceAsStream("dkip-examples.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t", -1);
                    rows.add(new Row(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]));
                }
            }
        }
        assertThat(rows).hasSize(6);
        return rows;
    }

    static DkipEntry entry(Row row) {
        ParsedLegalBasis basis = REFS.parse(row.basis());
        return DkipEntry.builder()
                .id(row.toString()).unitName(row.unit().isEmpty() ? null : row.unit()).information(row.information())
                .grounds(basis.grounds()).otherReferences(basis.otherReferences()).legalBasisText(row.basis())
                .period(PERIODS.parse(row.period())).consequenceIfOpened(row.ifOpened()).benefitIfClosed(row.ifClosed())
                .original(Map.of("Dasar Hukum", row.basis(), "Jangka Waktu", row.period()))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void everyRowParsesCompletely(Row row) {
        ParsedLegalBasis basis = REFS.parse(row.basis());
        assertThat(basis.unreadable()).isEmpty();
        assertThat(basis.citesUuKip() || !basis.otherReferences().isEmpty()).isTrue();
        // every statute written in the cell is kept, with the cell's own words
        int written = row.basis().split(";").length;
        assertThat(basis.otherReferences().stream().map(x -> x.kind() + x.number() + x.year()).distinct().count()
                + (basis.grounds().isEmpty() ? 0 : 1)).isGreaterThanOrEqualTo(written);
        assertThat(basis.otherReferences()).allSatisfy(x -> assertThat(row.basis()).contains(x.original()));
        ExemptionPeriod period = PERIODS.parse(row.period());
        assertThat(period.kind()).isNotEqualTo(Kind.UNSPECIFIED);
        assertThat(period.original()).isEqualTo(row.period());
    }

    @Test
    void banyumasRowsNameNoUuKipGroundOnlyTheLawAndSectorRegulations() throws IOException {
        for (Row row : rows().subList(0, 2)) {
            DkipEntry e = entry(row);
            assertThat(e.period().kind()).isEqualTo(Kind.YEARS);
            assertThat(e.period().years()).isEqualTo(20);
            assertThat(e.grounds()).isEmpty();
            assertThat(e.otherReferences()).extracting(LegalReference::display).containsExactly("UU 14/2008", "PP 60/2008", "PP 12/2017");
            assertThat(VALIDATOR.validate(e)).extracting(Finding::code, Finding::severity).containsExactly(
                    tuple(GROUND_MISSING, Severity.ERROR),
                    tuple(GROUND_UU_KIP_WITHOUT_PASAL_17, Severity.WARNING),
                    tuple(GROUND_SECTOR_ONLY, Severity.WARNING),
                    tuple(LEVEL_MISSING, Severity.WARNING));
            Finding sector = VALIDATOR.validate(e).get(2);
            assertThat(sector.args()).containsExactly("PP 60/2008; PP 12/2017");
            assertThat(sector.messageId()).contains("PP 60/2008; PP 12/2017").contains("Pasal 17");
        }
    }

    @Test
    void lombokHivRowCitesNoUuKipAtAll() throws IOException {
        DkipEntry e = entry(rows().get(2));
        assertThat(e.otherReferences()).extracting(LegalReference::display).containsExactly(
                "UU 39/1999", "UU 36/2009", "Perda 12/2010 Pasal 7 huruf c", "Perda 12/2010 Pasal 8 huruf b");
        assertThat(e.period().kind()).isEqualTo(Kind.UNTIL_EVENT);
        assertThat(VALIDATOR.validate(e)).extracting(Finding::code).containsExactly(GROUND_MISSING, GROUND_SECTOR_ONLY, LEVEL_MISSING);
    }

    static Stream<Integer> lombok17hRows() {
        return Stream.of(3, 4, 5);
    }

    @ParameterizedTest(name = "Lombok Tengah row {0}")
    @MethodSource("lombok17hRows")
    void lombokHealthRowsCite17hWithoutItsPoint(int index) throws IOException {
        DkipEntry e = entry(rows().get(index));
        assertThat(e.grounds()).containsExactly("17h");
        assertThat(e.period().kind()).isEqualTo(Kind.UNTIL_EVENT);
        List<Finding> f = VALIDATOR.validate(e);
        assertThat(f).extracting(Finding::code).containsExactly(GROUND_POINT_MISSING, LEVEL_MISSING);
        assertThat(f.get(0).args()).containsExactly("17h", "17h1, 17h2, 17h3, 17h4, 17h5");
    }

    @Test
    void medicalRecordRowKeepsEveryHealthStatute() throws IOException {
        DkipEntry e = entry(rows().get(5));
        assertThat(e.otherReferences()).extracting(LegalReference::display)
                .containsExactly("UU 44/2009 Pasal 32 huruf i", "UU 29/2004 Pasal 47", "Permenkes 269/2008 Pasal 10");
        assertThat(e.period().event()).isEqualTo("Atas persetujuan pasien");
    }
}
