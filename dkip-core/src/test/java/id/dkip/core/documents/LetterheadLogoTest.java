package id.dkip.core.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.sample.SampleAgency;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterheadLogoTest {
    private final RegisterDocument register = SampleAgency.register();

    @Test
    void theEmblemNamedRelativeToTheAgencyFileIsDrawnLeftOfTheLetterhead(@TempDir Path dir) throws IOException {
        BufferedImage emblem = new BufferedImage(80, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = emblem.createGraphics();
        g.setColor(Color.YELLOW);
        g.fillOval(0, 0, 80, 100);
        g.dispose();
        ImageIO.write(emblem, "png", dir.resolve("lambang.png").toFile());
        Path agencyFile = dir.resolve("agency.json");
        Files.writeString(agencyFile, """
                {"name": "Dinas Kesehatan Kota Contoh", "letterhead": ["PEMERINTAH KOTA CONTOH", "DINAS KESEHATAN"],
                 "letterheadLogo": "lambang.png", "place": "Contoh"}""", StandardCharsets.UTF_8);
        AgencyProfile agency = AgencyProfile.fromJson(agencyFile);
        assertThat(Path.of(agency.letterheadLogo())).isAbsolute();
        DocumentGenerator generator = new IndonesianDocumentGenerator(agency);

        GeneratedDocument docx = generator.generate(DocumentKind.SURAT_KEPUTUSAN, DocumentStage.FINAL, register, DocumentFormat.DOCX);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            assertThat(d.getAllPictures()).hasSize(1);
            assertThat(d.getTables().get(0).getRow(0).getCell(1).getText())
                    .contains("PEMERINTAH KOTA CONTOH", "DINAS KESEHATAN");
        }
        GeneratedDocument pdf = generator.generate(DocumentKind.SURAT_KEPUTUSAN, DocumentStage.FINAL, register, DocumentFormat.PDF);
        try (PDDocument d = Loader.loadPDF(pdf.content())) {
            PDResources resources = d.getPage(0).getResources();
            boolean image = false;
            for (COSName name : resources.getXObjectNames()) {
                image |= resources.isImageXObject(name);
            }
            assertThat(image).isTrue();
        }
        assertThat(DocText.of(pdf)).startsWith("PEMERINTAH KOTA CONTOH DINAS KESEHATAN KEPUTUSAN");
    }

    @Test
    void aMissingOrUnreadableEmblemFailsWhenTheGeneratorIsMade(@TempDir Path dir) throws IOException {
        AgencyProfile missing = AgencyProfile.fromJson(new ByteArrayInputStream(
                "{\"name\": \"X\", \"letterheadLogo\": \"classpath:/tidak/ada.png\"}".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> new IndonesianDocumentGenerator(missing))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tidak/ada.png");
        Files.writeString(dir.resolve("logo.png"), "bukan gambar");
        AgencyProfile notAnImage = AgencyProfile.fromJson(new ByteArrayInputStream(("{\"name\": \"X\", "
                + "\"letterheadLogo\": \"" + dir.resolve("logo.png").toString().replace("\\", "/") + "\"}")
                .getBytes(StandardCharsets.UTF_8)));
        IndonesianDocumentGenerator generator = new IndonesianDocumentGenerator(notAnImage);
        assertThatThrownBy(() -> generator.draftDkip(register.entries(), register.asOf(), DocumentFormat.DOCX))
                .hasMessageContaining("PNG or JPEG");
    }
}
