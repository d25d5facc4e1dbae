package id.dkip.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.legal.PeriodParser;
import id.dkip.core.legal.ReferenceParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LegalCellCapTest {

    @Test
    void aCellOverTheCapIsCutBeforeParsingAndReported() {
        String basis = "UU 14/2008 Pasal 17 huruf h angka 2; " + "Pasal 17 huruf h angka 2, ".repeat(400);
        String csv = "No;Informasi;Dasar Hukum;Jangka Waktu;Akibat bila dibuka\r\n1;Rekam medis;\"" + basis + "\";5 tahun;Mengungkap\r\n";
        MatrixImporter importer = new MatrixImporter(LegalCellParser.of(new ReferenceParser(), new PeriodParser(), 500),
                ExtractionLimits.defaults());
        MatrixImport r = importer.importMatrix(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "m.csv");

        RowReport row = r.rows().get(0);
        // read up to the cap (the cut may end inside a citation, so "17h" may join "17h2")
        assertThat(row.entry().grounds()).contains("17h2");
        assertThat(row.entry().legalBasisText()).isEqualTo(basis.strip()); // kept whole
        assertThat(row.problems()).filteredOn(p -> p.code().equals("CELL_TOO_LONG")).singleElement().satisfies(p -> {
            assertThat(p.args()).containsExactly(Integer.toString(basis.strip().length()), "500");
            assertThat(p.message(Locale.forLanguageTag("id"))).contains("500").doesNotContain("{");
            assertThat(p.message(Locale.ENGLISH)).contains("too long");
        });
        assertThat(LegalCellParser.standard().maxCellChars()).isEqualTo(LegalCellParser.DEFAULT_MAX_CELL_CHARS);
    }
}
