package id.dkip.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.extraction.ExtractionException.Reason;
import id.dkip.core.extraction.fixtures.HostileFiles;
import id.dkip.core.extraction.fixtures.MatrixFiles;
import id.dkip.core.extraction.fixtures.MatrixFixture;
import id.dkip.core.extraction.fixtures.SimpleLegalCellParser;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every kind of refused document gets its own reason and a message in both languages. */
class HostileInputTest {
    private static final ExtractionLimits LIMITS = ExtractionLimits.defaults();

    private static MatrixImporter importer(ExtractionLimits limits) {
        return new MatrixImporter(new SimpleLegalCellParser(), limits);
    }

    private static ThrowingCallable importing(byte[] bytes, String name, ExtractionLimits limits) {
        return () -> importer(limits).importMatrix(new ByteArrayInputStream(bytes), name);
    }

    private static ThrowingCallable scanning(byte[] bytes, String name, ExtractionLimits limits) {
        return () -> new PersonalDataScanner(limits).scan(new ByteArrayInputStream(bytes), name);
    }

    private static void refused(ThrowingCallable call, Reason reason, String... inMessage) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ExtractionException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.message(Locale.forLanguageTag("id"))).contains(inMessage);
            assertThat(e.message(Locale.ENGLISH)).contains(inMessage);
        });
    }

    @Test
    void emptyFile() {
        refused(importing(new byte[0], "kosong.docx", LIMITS), Reason.EMPTY, "kosong.docx");
        refused(scanning(new byte[0], "kosong.pdf", LIMITS), Reason.EMPTY, "kosong.pdf");
    }

    @Test
    void fileLargerThanTheCap() {
        byte[] docx = MatrixFiles.docx(MatrixFixture.banyumas());
        refused(importing(docx, "besar.docx", LIMITS.withMaxBytes(1000)), Reason.TOO_LARGE, "1000");
        refused(scanning(docx, "besar.docx", LIMITS.withMaxBytes(1000)), Reason.TOO_LARGE, "1000");
    }

    @Test
    void tooMuchTextOrTooManyRows() {
        byte[] big = MatrixFiles.xlsxStreaming(MatrixFixture.lombokTengah().withGeneratedRows(300));
        refused(importing(big, "baris.xlsx", LIMITS.withMaxRows(100)), Reason.TOO_LARGE, "100");
        refused(scanning(big, "teks.xlsx", LIMITS.withMaxTextChars(2000)), Reason.TOO_LARGE, "teks.xlsx");
    }

    @Test
    void parsingLongerThanTheTimeCap() {
        byte[] big = MatrixFiles.xlsxStreaming(MatrixFixture.lombokTengah().withGeneratedRows(5000));
        refused(importing(big, "lambat.xlsx", LIMITS.withTimeout(Duration.ofMillis(1))), Reason.TIMEOUT, "lambat.xlsx");
        refused(scanning(big, "lambat.xlsx", LIMITS.withTimeout(Duration.ofMillis(1))), Reason.TIMEOUT, "lambat.xlsx");
    }

    @Test
    void zipBombByRatio() {
        byte[] bomb = HostileFiles.zipBomb(20);
        assertThat(bomb.length).isLessThan(200_000);
        refused(importing(bomb, "bom.docx", LIMITS), Reason.ZIP_BOMB, "bom.docx");
        refused(scanning(bomb, "bom.docx", LIMITS), Reason.ZIP_BOMB, "bom.docx");
    }

    @Test
    void zipBombByTotalSize() {
        byte[] docx = MatrixFiles.docx(MatrixFixture.banyumas());
        refused(importing(docx, "a.docx", LIMITS.withMaxUnzippedBytes(1_000)), Reason.ZIP_BOMB, "1000");
    }

    @Test
    void deeplyNestedContainers() {
        refused(scanning(HostileFiles.nestedZip(5), "bersarang.zip", LIMITS), Reason.TOO_DEEP, "bersarang.zip");
        // within the limit, the text at the bottom is still found
        assertThat(new PersonalDataScanner(LIMITS.withMaxEmbeddedDepth(5)).scan(
                new ByteArrayInputStream(HostileFiles.nestedZip(2)), "dua.zip").findings())
                .extracting(PersonalDataFinding::kind).containsExactly(PersonalDataKind.NIK);
    }

    @Test
    void deeplyNestedMarkup() {
        // within the limit the text is read
        assertThat(new PersonalDataScanner(LIMITS).scan(new ByteArrayInputStream(HostileFiles.deepHtml(20)), "dangkal.html")
                .findings()).extracting(PersonalDataFinding::kind).containsExactly(PersonalDataKind.NIK);
        refused(scanning(HostileFiles.deepHtml(2000), "dalam.html", LIMITS.withMaxXmlDepth(100)), Reason.TOO_DEEP, "dalam.html");
    }

    @Test
    void passwordProtectedOfficeFile() {
        byte[] locked = HostileFiles.encryptOoxml(MatrixFiles.docx(MatrixFixture.banyumas()), "rahasia");
        refused(importing(locked, "terkunci.docx", LIMITS), Reason.ENCRYPTED, "terkunci.docx");
        refused(scanning(locked, "terkunci.docx", LIMITS), Reason.ENCRYPTED, "terkunci.docx");
    }

    @Test
    void passwordProtectedPdf() {
        byte[] locked = HostileFiles.encryptedPdf("rahasia");
        refused(importing(locked, "terkunci.pdf", LIMITS), Reason.ENCRYPTED, "terkunci.pdf");
        refused(scanning(locked, "terkunci.pdf", LIMITS), Reason.ENCRYPTED, "terkunci.pdf");
    }

    @Test
    void wrongExtensionWithUnreadableContent() {
        refused(importing(HostileFiles.pngBytes(), "matriks.docx", LIMITS), Reason.UNSUPPORTED_TYPE, "matriks.docx", "image/png");
    }

    @Test
    void damagedFile() {
        byte[] docx = MatrixFiles.docx(MatrixFixture.banyumas());
        byte[] truncated = Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(importing(truncated, "rusak.docx", LIMITS)).isInstanceOfSatisfying(ExtractionException.class,
                e -> assertThat(e.reason()).isIn(Reason.CORRUPT, Reason.UNSUPPORTED_TYPE));
    }

    @Test
    void everyReasonHasAMessageInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("id"), Locale.ENGLISH}) {
            ResourceBundle bundle = ResourceBundle.getBundle(ExtractionException.BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (Reason r : Reason.values()) {
                assertThat(bundle.containsKey(new ExtractionException(r, "x", "y").messageKey())).as(r + " " + locale).isTrue();
            }
        }
        assertThat(new ExtractionException(Reason.ENCRYPTED, "a.docx").message(Locale.forLanguageTag("id"))).contains("kata sandi");
        assertThat(new ExtractionException(Reason.ENCRYPTED, "a.docx").message(Locale.ENGLISH)).contains("password");
    }
}
