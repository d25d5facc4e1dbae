package id.dkip.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.extraction.fixtures.MatrixFiles;
import id.dkip.core.extraction.fixtures.MatrixFixture;
import id.dkip.core.extraction.fixtures.SimpleLegalCellParser;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.register.Unit;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MatrixImporterTest {
    private final MatrixImporter importer = new MatrixImporter(new SimpleLegalCellParser(), ExtractionLimits.defaults());

    private MatrixImport read(byte[] bytes, String name) {
        return importer.importMatrix(new ByteArrayInputStream(bytes), name);
    }

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("docx", (Function<MatrixFixture, byte[]>) MatrixFiles::docx),
                Arguments.of("xlsx", (Function<MatrixFixture, byte[]>) MatrixFiles::xlsx),
                Arguments.of("pdf", (Function<MatrixFixture, byte[]>) MatrixFiles::pdf),
                Arguments.of("odt", (Function<MatrixFixture, byte[]>) MatrixFiles::odt),
                Arguments.of("csv", (Function<MatrixFixture, byte[]>) MatrixFiles::csv));
    }

    @ParameterizedTest(name = "Banyumas as {0}")
    @MethodSource("formats")
    void banyumasTwoRowMergedHeader(String ext, Function<MatrixFixture, byte[]> writer) {
        MatrixImport result = read(writer.apply(MatrixFixture.banyumas()), "banyumas." + ext);

        assertBanyumas(result);
    }

    @ParameterizedTest(name = "Banyumas reordered as {0}")
    @MethodSource("formats")
    void banyumasReorderedColumns(String ext, Function<MatrixFixture, byte[]> writer) {
        // No, Jangka Waktu, Konsekuensi: Dibuka, Ditutup, Dasar Hukum, Informasi
        MatrixFixture reordered = MatrixFixture.banyumas().reorder(0, 5, 3, 4, 2, 1);
        MatrixImport result = read(writer.apply(reordered), "banyumas-urutan-lain." + ext);

        assertBanyumas(result);
    }

    private static void assertBanyumas(MatrixImport result) {
        assertThat(result.columns()).containsKeys(MatrixColumn.NUMBER, MatrixColumn.INFORMATION, MatrixColumn.LEGAL_BASIS,
                MatrixColumn.CONSEQUENCE_OPENED, MatrixColumn.BENEFIT_CLOSED, MatrixColumn.PERIOD);
        assertThat(result.columns().get(MatrixColumn.CONSEQUENCE_OPENED)).contains("Dibuka");
        assertThat(result.columns().get(MatrixColumn.BENEFIT_CLOSED)).contains("Ditutup");
        List<DkipEntry> entries = result.entries();
        assertThat(entries).extracting(DkipEntry::information)
                .containsExactly("Laporan Hasil Pengawasan", "Dokumen Tindak Lanjut Hasil Pengawasan");
        DkipEntry first = entries.get(0);
        assertThat(first.status()).isEqualTo(EntryStatus.USULAN);
        assertThat(first.legalBasisText()).isEqualTo("UU 14/2008; PP 60/2008 (SPIP); PP 12/2017");
        assertThat(first.consequenceIfOpened()).isEqualTo("Berpotensi terjadi penyalahgunaan data");
        assertThat(first.benefitIfClosed()).isEqualTo("Membantu badan publik dalam mencapai keberhasilan pelaksanaan kebijakan");
        assertThat(first.period().kind()).isEqualTo(ExemptionPeriod.Kind.YEARS);
        assertThat(first.period().years()).isEqualTo(20);
        assertThat(first.period().original()).isEqualTo("20 Tahun");
        assertThat(first.original()).containsValue("Laporan Hasil Pengawasan").containsValue("20 Tahun");
        assertThat(first.otherReferences()).extracting(r -> r.kind() + " " + r.number()).contains("UU 14", "PP 12");
        // no Pasal 17 ground is named in the Banyumas cells: reported, not silently accepted
        assertThat(result.rows().get(0).problems()).extracting(RowProblem::code).contains("NO_GROUND");
        assertThat(result.rows().get(0).problems().get(0).message(Locale.ENGLISH)).isNotBlank();
    }

    @ParameterizedTest(name = "Lombok Tengah as {0}")
    @MethodSource("formats")
    void lombokTengahSingleHeader(String ext, Function<MatrixFixture, byte[]> writer) {
        assertLombok(read(writer.apply(MatrixFixture.lombokTengah()), "lombok." + ext));
    }

    @ParameterizedTest(name = "Lombok Tengah, two-row header, reordered, as {0}")
    @MethodSource("formats")
    void lombokTengahTwoRowHeaderReordered(String ext, Function<MatrixFixture, byte[]> writer) {
        // Informasi, Konsekuensi: Akibat / Manfaat, No, Dasar Hukum, OPD, Jangka waktu
        MatrixFixture f = MatrixFixture.lombokTengahTwoRowHeader().reorder(2, 5, 6, 0, 3, 1, 4);
        assertLombok(read(writer.apply(f), "lombok-2." + ext));
    }

    private static void assertLombok(MatrixImport result) {
        assertThat(result.columns()).containsKeys(MatrixColumn.UNIT, MatrixColumn.INFORMATION, MatrixColumn.LEGAL_BASIS,
                MatrixColumn.PERIOD, MatrixColumn.CONSEQUENCE_OPENED, MatrixColumn.BENEFIT_CLOSED);
        List<DkipEntry> entries = result.entries();
        assertThat(entries).hasSize(4);
        assertThat(entries).extracting(DkipEntry::unitName).containsOnly("Dinas Kesehatan");
        assertThat(entries.get(0).information()).isEqualTo("Data pribadi pasien HIV/AIDS dan pandemi (nama, alamat)");
        assertThat(entries.get(3).information()).isEqualTo("Data dan isi rekam medis pasien");
        assertThat(entries.get(3).grounds()).containsExactly("17h");
        assertThat(entries.get(3).legalBasisText())
                .isEqualTo("UU 14/2008 Pasal 17 huruf h; UU 44/2009 Pasal 32 huruf i; UU 29/2004 Pasal 47; Permenkes 269/2008 Pasal 10");
        assertThat(entries.get(3).period().kind()).isEqualTo(ExemptionPeriod.Kind.UNTIL_EVENT);
        assertThat(entries.get(3).consequenceIfOpened()).isEqualTo("Mengungkap rahasia kesehatan pasien");
        assertThat(entries.get(3).benefitIfClosed()).isEqualTo("Melindungi rahasia kesehatan pasien");
        assertThat(entries.get(2).information()).isEqualTo("Hasil pemeriksaan kesehatan jiwa untuk penegakan hukum / Visum et Repertum");
        assertThat(entries.get(0).grounds()).isEmpty();
        assertThat(result.rows().get(0).problems()).extracting(RowProblem::code).contains("NO_GROUND");
    }

    @Test
    void findsTheMatrixAmongOtherTablesInWord() {
        MatrixImport result = read(MatrixFiles.docx(MatrixFixture.lombokTengah(), true), "lampiran.docx");

        assertThat(result.table()).isEqualTo("tabel 2");
        assertThat(result.entries()).hasSize(4);
    }

    @Test
    void findsTheMatrixAmongOtherTablesInExcel() {
        MatrixImport result = read(MatrixFiles.xlsx(MatrixFixture.banyumas(), true), "lampiran.xlsx");

        assertThat(result.table()).startsWith("sheet Matriks");
        assertThat(result.entries()).extracting(DkipEntry::information).hasSize(2).doesNotContain("dr. Siti Aminah, M.Kes");
    }

    @Test
    void findsTheMatrixAfterAnotherTableInPdf() {
        MatrixImport result = read(MatrixFiles.pdf(MatrixFixture.lombokTengah(), true), "lampiran.pdf");

        assertThat(result.entries()).hasSize(4);
        assertThat(result.entries().get(1).information()).isEqualTo("Hasil pemeriksaan kesehatan (haji)");
    }

    @Test
    void documentWithoutMatrixNamesWhatWasLookedFor() {
        assertThatThrownBy(() -> read(MatrixFiles.docxWithoutMatrix(), "dip.docx"))
                .isInstanceOfSatisfying(ExtractionException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ExtractionException.Reason.NO_MATRIX);
                    assertThat(e.message(Locale.forLanguageTag("id"))).contains("dip.docx", "2 tabel", "Informasi", "Dasar Hukum", "Jangka Waktu");
                    assertThat(e.message(Locale.ENGLISH)).contains("Looked for", "Dasar Hukum");
                });
    }

    @Test
    void fiveThousandRowSheet() {
        MatrixFixture big = MatrixFixture.lombokTengah().withGeneratedRows(5000);
        MatrixImport result = read(MatrixFiles.xlsxStreaming(big), "besar.xlsx");

        assertThat(result.entries()).hasSize(5000);
        assertThat(result.entries().get(4999).information()).endsWith("#5000");
        assertThat(result.rows().get(4999).sourceRow()).isEqualTo(5001);
    }

    @Test
    void rowWithoutInformationIsSkippedAndReported() {
        MatrixFixture f = MatrixFixture.lombokTengah();
        MatrixFixture broken = new MatrixFixture(f.title(), f.header(), List.of(
                f.rows().get(0),
                List.of("2", "Dinas Kesehatan", "", "UU 14/2008 Pasal 17 huruf h", "5 tahun", "x", "y"),
                List.of("3", "Dinas Kesehatan", "Data vaksinasi per orang", "UU 14/2008 Pasal 17 huruf h", "", "x", "y")));
        MatrixImport result = read(MatrixFiles.xlsx(broken), "rusak.xlsx");

        assertThat(result.rows()).hasSize(3);
        assertThat(result.rows().get(1).skipped()).isTrue();
        assertThat(result.rows().get(1).problems()).extracting(RowProblem::code).containsExactly("INFORMATION_MISSING");
        assertThat(result.rows().get(1).problems().get(0).message(Locale.forLanguageTag("id"))).contains("Informasi");
        assertThat(result.rows().get(2).problems()).extracting(RowProblem::code).containsExactly("PERIOD_MISSING");
        assertThat(result.entries()).hasSize(2);
    }

    @Test
    void defaultUnitFillsRowsWithoutUnitColumn() {
        Unit unit = new Unit("YANKES", "Bidang Pelayanan Kesehatan", "GROUP_DKIP_PPID_YANKES");
        MatrixImport result = importer.importMatrix(new ByteArrayInputStream(MatrixFiles.docx(MatrixFixture.banyumas())),
                "b.docx", unit);

        assertThat(result.entries()).allSatisfy(e -> {
            assertThat(e.unitCode()).isEqualTo("YANKES");
            assertThat(e.ppidPembantu()).isEqualTo("GROUP_DKIP_PPID_YANKES");
        });
    }

    @Test
    void wrongExtensionIsReadByContentAndNoted() {
        MatrixImport result = read(MatrixFiles.docx(MatrixFixture.banyumas()), "matriks.xlsx");

        assertThat(result.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(result.entries()).hasSize(2);
        assertThat(result.notices()).anyMatch(n -> n.startsWith("dkip.extraction.notice.type-mismatch"));
        assertThat(result.noticeMessages(Locale.ENGLISH)).anyMatch(m -> m.contains("read by its content")
                && m.contains("spreadsheetml.sheet -> application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }
}
