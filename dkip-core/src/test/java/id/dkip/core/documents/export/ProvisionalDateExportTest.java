package id.dkip.core.documents.export;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue #11.8: the register export prints a provisional review date followed by "(sementara)"; a final one bare. */
class ProvisionalDateExportTest {

    private static final List<DkipEntry> ROWS = List.of(
            DkipEntry.builder().id("a").information("Rekam medis").status(EntryStatus.DITETAPKAN)
                    .reviewDate(LocalDate.of(2045, 11, 22)).reviewDateProvisional(true).build(),
            DkipEntry.builder().id("b").information("Data pegawai").status(EntryStatus.DITETAPKAN)
                    .reviewDate(LocalDate.of(2026, 11, 17)).build());

    private static byte[] export(ExportFormat format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterExporter(false, 100).export(ROWS, format, false, out);
        return out.toByteArray();
    }

    @Test
    void csvPrintsTheMarkAfterAProvisionalReviewDate() throws Exception {
        String csv = new String(export(ExportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains(",2045-11-22 (sementara),").contains(",2026-11-17,").doesNotContain("2026-11-17 (sementara)");
    }

    @Test
    void xlsxPrintsTheMarkAndKeepsAFinalDateADate() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export(ExportFormat.XLSX)))) {
            Sheet sheet = wb.getSheetAt(0);
            int column = -1;
            for (Cell c : sheet.getRow(0)) {
                if (c.getStringCellValue().equals("Tanggal Tinjau")) {
                    column = c.getColumnIndex();
                }
            }
            assertThat(column).isNotNegative();
            Row provisional = sheet.getRow(1);
            Row finalDate = sheet.getRow(2);
            assertThat(provisional.getCell(column).getStringCellValue()).isEqualTo("2045-11-22 (sementara)");
            assertThat(finalDate.getCell(column).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 17));
        }
    }
}
