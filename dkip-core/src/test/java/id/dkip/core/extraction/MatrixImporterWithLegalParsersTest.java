package id.dkip.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.extraction.fixtures.MatrixFiles;
import id.dkip.core.extraction.fixtures.MatrixFixture;
import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.Finding;
import id.dkip.core.register.DkipEntry;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The importer with the real ReferenceParser and PeriodParser, on the published examples. */
class MatrixImporterWithLegalParsersTest {
    private final MatrixImporter importer = new MatrixImporter(LegalCellParser.standard(), ExtractionLimits.defaults());

    @Test
    void lombokTengahRowsGetGroundsReferencesAndEventPeriods() {
        MatrixImport result = importer.importMatrix(new ByteArrayInputStream(MatrixFiles.docx(MatrixFixture.lombokTengah())), "lombok.docx");
        List<DkipEntry> entries = result.entries();

        assertThat(entries).hasSize(4);
        DkipEntry rekamMedis = entries.get(3);
        assertThat(rekamMedis.grounds()).contains("17h");
        assertThat(rekamMedis.otherReferences()).extracting(r -> r.kind() + " " + r.number() + "/" + r.year())
                .contains("UU 44/2009", "UU 29/2004", "Permenkes 269/2008");
        assertThat(rekamMedis.period().kind()).isEqualTo(ExemptionPeriod.Kind.UNTIL_EVENT);
        assertThat(rekamMedis.period().original()).isEqualTo("Atas persetujuan pasien");
        // row 1 names no UU KIP ground at all: reported by the import, and by the validator as a finding
        assertThat(result.rows().get(0).problems()).extracting(RowProblem::code).contains("NO_GROUND");
        List<Finding> findings = EntryValidator.standard().validate(entries.get(0));
        assertThat(findings).isNotEmpty();
    }

    @Test
    void banyumasPeriodsAreYears() {
        MatrixImport result = importer.importMatrix(new ByteArrayInputStream(MatrixFiles.xlsx(MatrixFixture.banyumas())), "banyumas.xlsx");

        assertThat(result.entries()).allSatisfy(e -> {
            assertThat(e.period().kind()).isEqualTo(ExemptionPeriod.Kind.YEARS);
            assertThat(e.period().years()).isEqualTo(20);
            assertThat(e.legalBasisText()).startsWith("UU 14/2008");
        });
    }
}
