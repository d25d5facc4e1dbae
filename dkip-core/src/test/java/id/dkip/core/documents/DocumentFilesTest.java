package id.dkip.core.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.documents.export.ExportFormat;
import id.dkip.core.documents.export.RegisterJson;
import id.dkip.core.sample.SampleAgency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {
    private final DocumentFiles files = DocumentFiles.forAgency(SampleAgency.agency());
    private final RegisterDocument register = SampleAgency.register();

    @Test
    void generatesEveryKindInBothFormatsIntoANewDirectory(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out/documents");
        for (DocumentKind kind : DocumentKind.values()) {
            List<Path> written = files.generate(kind, DocumentStage.FINAL, EnumSet.allOf(DocumentFormat.class), register, out);
            assertThat(written).hasSize(2).allSatisfy(p -> assertThat(p).exists().isNotEmptyFile());
            assertThat(written.get(0).getFileName().toString()).startsWith(kind.fileStem()).endsWith(".docx");
        }
        assertThat(DocText.pdf(Files.readAllBytes(out.resolve("berita-acara-rapat-2021-04-28.pdf"))))
                .contains("BERITA ACARA");
    }

    @Test
    void exportsIntoTheDirectoryNamedByDateAndView(@TempDir Path tmp) throws IOException {
        Path json = files.export(register, ExportFormat.JSON, false, tmp);
        assertThat(json.getFileName().toString()).isEqualTo("dkip-2021-05-03.json");
        assertThat(RegisterJson.read(json).entries()).isEqualTo(register.entries());
        assertThat(files.export(register, ExportFormat.XLSX, true, tmp).getFileName().toString())
                .isEqualTo("dkip-publik-2021-05-03.xlsx");
    }

    @Test
    void aKindTheRegisterCannotSupportFailsBeforeWriting(@TempDir Path tmp) {
        RegisterDocument bare = RegisterDocument.of(register.entries());
        assertThatThrownBy(() -> files.generate(DocumentKind.SURAT_KEPUTUSAN, DocumentStage.FINAL, List.of(DocumentFormat.PDF), bare, tmp))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tmp.toFile().list()).isEmpty();
    }
}
