package id.dkip.core.documents.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.dkip.core.documents.RegisterDocument;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.LegalReference;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.sample.SampleAgency;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegisterExportTest {
    private final RegisterDocument sample = SampleAgency.register();
    private final RegisterExporter exporter = new RegisterExporter();

    @Test
    void jsonRoundTripKeepsEveryFieldOfEveryEntry() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterJson.write(sample, out);
        RegisterDocument back = RegisterJson.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back).isEqualTo(sample);
        assertThat(back.entries()).hasSize(13);

        // the streamed export reads back to the same entries too, dates as ISO strings
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        assertThat(exporter.export(sample.entries(), ExportFormat.JSON, false, export)).isEqualTo(13);
        String json = export.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"skDate\" : \"2021-05-03\"").doesNotContain("eventBound", "uuKip");
        assertThat(RegisterJson.read(new ByteArrayInputStream(export.toByteArray())).entries())
                .isEqualTo(sample.entries());
    }

    @Test
    void jsonRoundTripOfAFullyPopulatedEntry() throws IOException {
        DkipEntry e = DkipEntry.builder().id("x1").unitCode("U").unitName("Unit").ppidPembantu("GROUP_X")
                .information("Info").grounds(List.of("17h2")).legalBasisText("teks")
                .otherReferences(List.of(new LegalReference("UU", "44", 2009, "32", "i", null, "UU 44/2009 Ps 32 i")))
                .consequenceIfOpened("a").benefitIfClosed("b").publicInterest("c")
                .period(ExemptionPeriod.until(LocalDate.of(2030, 1, 2), "s.d. 2 Januari 2030"))
                .periodStart(LocalDate.of(2021, 1, 1)).expiryDate(LocalDate.of(2030, 1, 2))
                .reviewDate(LocalDate.of(2029, 11, 15)).securityLevel(SecurityLevel.SANGAT_RAHASIA)
                .status(EntryStatus.DIBUKA).skNumber("1/2021").skDate(LocalDate.of(2021, 1, 1))
                .decidingOfficial("PPID").publicBody("Badan").place("Kota").original(Map.of("Informasi", "Info"))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RegisterJson.write(RegisterDocument.of(List.of(e)), out);
        assertThat(RegisterJson.read(new ByteArrayInputStream(out.toByteArray())).entries()).containsExactly(e);
    }

    @Test
    void csvIsRfc4180WithBomCrlfAndQuoting() throws IOException {
        DkipEntry tricky = sample.entries().get(0).toBuilder().information("Data \"khusus\", baris 1\nbaris 2").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterExporter(true, 100).export(List.of(tricky), ExportFormat.CSV, false, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("No,ID,Kode Unit,Unit Kerja,PPID Pembantu,Informasi yang Dikecualikan,");
        assertThat(csv).contains(",\"Data \"\"khusus\"\", baris 1\nbaris 2\",");
        assertThat(csv.split("\r\n", -1)).hasSize(3); // header, one record (its inner \n is quoted), final empty
        assertThat(csv).endsWith("\r\n");
        assertThat(csv).contains(",2021-05-03,"); // ISO dates

        ByteArrayOutputStream noBom = new ByteArrayOutputStream();
        new RegisterExporter(false, 100).export(List.of(tricky), ExportFormat.CSV, false, noBom);
        assertThat(noBom.toString(StandardCharsets.UTF_8)).startsWith("No,");
    }

    @Test
    void publicViewShowsOnlyEstablishedEntriesAndNeverTheExemptedContent() throws IOException {
        List<DkipEntry> entries = sample.entries();
        for (ExportFormat format : ExportFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int n = exporter.export(entries, format, true, out);
            assertThat(n).as(format.name()).isEqualTo(12); // the rejected draft is not published
            String text = format == ExportFormat.XLSX ? xlsxText(out.toByteArray()) : out.toString(StandardCharsets.UTF_8);
            for (DkipEntry e : entries) {
                // never the consequence analysis, the weighing, groups or security levels
                assertThat(text).as(format.name()).doesNotContain(e.consequenceIfOpened(), e.benefitIfClosed(),
                        e.publicInterest(), e.ppidPembantu(), e.securityLevel().modelValue());
                if (e.status() != EntryStatus.DITETAPKAN) {
                    assertThat(text).doesNotContain(e.information());
                } else if (e.securityLevel() == SecurityLevel.SANGAT_RAHASIA) {
                    // the description itself is exempted: replaced by the ground in general terms
                    assertThat(text).doesNotContain(e.information(), "HIV");
                    assertThat(text).contains("Informasi yang dikecualikan berdasarkan UU 14/2008 Pasal 17 huruf h angka 2");
                } else {
                    assertThat(text).contains(e.information(), e.skNumber());
                }
            }
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        exporter.export(entries, ExportFormat.JSON, true, json);
        JsonNode first = RegisterJson.mapper().readTree(json.toByteArray()).get("entries").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("no", "unitName", "information", "legalBasis",
                "period", "skNumber", "skDate");
        assertThat(first.get("skDate").asText()).isEqualTo("2021-05-03");
    }

    @Test
    void publicColumnsAreExactlyTheDocumentedOnes() {
        assertThat(RegisterColumn.PUBLIC.stream().map(RegisterColumn::key).toList())
                .containsExactly("unitName", "information", "legalBasis", "period", "skNumber", "skDate");
    }

    @Test
    void tenThousandRowsAreStreamedWithABoundedWindow(@TempDir Path dir) throws IOException {
        int total = 10_000;
        DkipEntry template = sample.entries().get(0);
        // entries are produced one at a time: the register itself is never in memory either
        Iterator<DkipEntry> generated = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < total;
            }

            @Override
            public DkipEntry next() {
                i++;
                return template.toBuilder().id("e" + i).information("Informasi nomor " + i).build();
            }
        };
        XlsxRegisterWriter writer = new XlsxRegisterWriter(100);
        Path file = dir.resolve("dkip.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            assertThat(writer.write(generated, RegisterColumn.FULL, "DKIP", out)).isEqualTo(total);
        }
        assertThat(writer.maxRowsInMemory()).isLessThanOrEqualTo(100);
        assertThat(writer.flushedRows()).isGreaterThanOrEqualTo(total + 1 - 100);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            Row last = sheet.getRow(total);
            assertThat(last.getCell(0).getNumericCellValue()).isEqualTo(total);
            assertThat(last.getCell(5).getStringCellValue()).isEqualTo("Informasi nomor " + total);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Informasi yang Dikecualikan");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void xlsxHasEveryRowAndDateCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(sample.entries(), ExportFormat.XLSX, false, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("DKIP");
            assertThat(sheet.getLastRowNum()).isEqualTo(13);
            List<String> infos = new ArrayList<>();
            for (int r = 1; r <= 13; r++) {
                infos.add(sheet.getRow(r).getCell(5).getStringCellValue());
            }
            assertThat(infos).containsExactlyElementsOf(sample.entries().stream().map(DkipEntry::information).toList());
            int skDateCol = 1 + RegisterColumn.FULL.stream().map(RegisterColumn::key).toList().indexOf("skDate");
            assertThat(sheet.getRow(1).getCell(skDateCol).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2021, 5, 3));
        }
    }

    private static String xlsxText(byte[] bytes) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Row row : wb.getSheetAt(0)) {
                row.forEach(c -> sb.append(c).append('\t'));
                sb.append('\n');
            }
        }
        return sb.toString();
    }
}
