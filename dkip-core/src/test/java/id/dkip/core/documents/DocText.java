package id.dkip.core.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Opens generated documents the way a reader would (POI for DOCX, PDFBox for PDF) and returns their text. */
public final class DocText {
    private DocText() {
    }

    /** The text with every run of whitespace (line breaks, table cell gaps) as one space. */
    public static String of(GeneratedDocument doc) {
        return normalise(doc.format() == DocumentFormat.DOCX ? docx(doc.content()) : pdf(doc.content()));
    }

    public static String docx(byte[] bytes) {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pdf(byte[] bytes) {
        try (PDDocument d = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String normalise(String s) {
        // a line broken after a hyphen ("sekurang-\nkurangnya") reads as one word
        return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll("(\\w)- (\\w)", "$1-$2").trim();
    }
}
