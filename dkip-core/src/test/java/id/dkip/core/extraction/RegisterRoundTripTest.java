package id.dkip.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.documents.DocumentFormat;
import id.dkip.core.documents.IndonesianDocumentGenerator;
import id.dkip.core.documents.RegisterDocument;
import id.dkip.core.documents.export.ExportFormat;
import id.dkip.core.documents.export.RegisterExporter;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.sample.SampleAgency;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A register survives its own round trip: the sample register through the document generator (the draft DKIP as PDF
 * and DOCX) and the register export (XLSX), then back through the matrix import, gives the same entries, grounds and
 * periods.
 */
class RegisterRoundTripTest {

    private final RegisterDocument register = SampleAgency.register();
    private final MatrixImporter importer = new MatrixImporter(LegalCellParser.standard(), ExtractionLimits.defaults());

    private byte[] written(String format) throws IOException {
        return switch (format) {
            case "pdf" -> new IndonesianDocumentGenerator(SampleAgency.agency())
                    .draftDkip(register.entries(), LocalDate.of(2021, 4, 26), DocumentFormat.PDF).content();
            case "docx" -> new IndonesianDocumentGenerator(SampleAgency.agency())
                    .draftDkip(register.entries(), LocalDate.of(2021, 4, 26), DocumentFormat.DOCX).content();
            default -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new RegisterExporter().export(register.entries(), ExportFormat.XLSX, false, out);
                yield out.toByteArray();
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pdf", "docx", "xlsx"})
    void theSampleRegisterComesBackWithTheSameEntriesGroundsAndPeriods(String format) throws IOException {
        MatrixImport back = importer.importMatrix(new ByteArrayInputStream(written(format)), "register." + format);

        List<DkipEntry> original = register.entries();
        List<DkipEntry> read = back.entries();
        assertThat(back.columns()).as("columns: " + back.columns() + " unmapped: " + back.unmapped())
                .containsKeys(MatrixColumn.INFORMATION, MatrixColumn.LEGAL_BASIS, MatrixColumn.PERIOD);
        assertThat(read).as("entries").hasSize(original.size());
        for (int i = 0; i < original.size(); i++) {
            DkipEntry want = original.get(i);
            DkipEntry got = read.get(i);
            assertThat(norm(got.information())).as("information " + i).isEqualTo(norm(want.information()));
            assertThat(got.grounds()).as(want.information() + " grounds").containsExactlyInAnyOrderElementsOf(want.grounds());
            ExemptionPeriod p = want.period();
            if (p != null) {
                assertThat(got.period().kind()).as(want.information() + " period " + got.period().original()).isEqualTo(p.kind());
                assertThat(got.period().years()).as(want.information() + " years").isEqualTo(p.years());
                assertThat(got.period().untilDate()).as(want.information() + " until").isEqualTo(p.untilDate());
            }
        }
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
