package id.dkip.core.documents.layout;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import id.dkip.core.documents.AgencyProfile.PageSettings;
import id.dkip.core.documents.layout.Layout.Align;
import id.dkip.core.documents.layout.Layout.Block;
import id.dkip.core.documents.layout.Layout.Grid;
import id.dkip.core.documents.layout.Layout.Labeled;
import id.dkip.core.documents.layout.Layout.Paragraph;
import id.dkip.core.documents.layout.Layout.Section;
import id.dkip.core.documents.layout.Layout.Signature;
import id.dkip.core.documents.layout.Layout.Space;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link Layout} as PDF (OpenPDF) with the standard PDF fonts: Arial is drawn as Helvetica (same
 * metrics), Times New Roman and Bookman Old Style as Times, so no font file is needed and the text stays
 * extractable.
 */
public final class PdfRenderer {
    private static final float PT_PER_MM = 72f / 25.4f;

    public byte[] render(Layout layout) {
        PageSettings page = layout.page();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Section> sections = layout.sections();
        Document doc = new Document(size(page, !sections.isEmpty() && sections.get(0).landscape()),
                mm(page.marginLeftMm()), mm(page.marginRightMm()), mm(page.marginTopMm()), mm(page.marginBottomMm()));
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            // justify by word spacing only, so text extraction (and copy-paste) keeps words whole
            writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
            doc.addTitle(layout.title());
            doc.addCreator("DKIP");
            doc.open();
            Fonts fonts = new Fonts(page);
            for (int s = 0; s < sections.size(); s++) {
                Section section = sections.get(s);
                if (s > 0) {
                    doc.setPageSize(size(page, section.landscape()));
                    doc.newPage();
                }
                if (s == 0) {
                    letterhead(doc, fonts, layout.letterhead());
                }
                for (Block b : section.blocks()) {
                    block(doc, fonts, b);
                }
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write PDF", e);
        }
        return out.toByteArray();
    }

    private static Rectangle size(PageSettings page, boolean landscape) {
        // a landscape page has a wide media box (not a rotated tall one), so viewers and printers agree
        return landscape ? new Rectangle(mm(page.heightMm()), mm(page.widthMm()))
                : new Rectangle(mm(page.widthMm()), mm(page.heightMm()));
    }

    private static float mm(double v) {
        return (float) v * PT_PER_MM;
    }

    private static void letterhead(Document doc, Fonts fonts, Layout.Letterhead head) {
        if (head.isEmpty()) {
            return;
        }
        List<String> lines = head.lines();
        if (head.logo() == null) {
            for (int i = 0; i < lines.size(); i++) {
                boolean main = i < 2;
                doc.add(line(lines.get(i), fonts.get(main ? 1.2 : 0.85, main, false), Element.ALIGN_CENTER, 0, 0));
            }
        } else {
            float usable = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
            float logoWidth = mm(Layout.Letterhead.LOGO_WIDTH_MM);
            PdfPTable t = new PdfPTable(new float[]{logoWidth + mm(4), usable - logoWidth - mm(4)});
            t.setWidthPercentage(100);
            try {
                com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(head.logo());
                image.scaleToFit(logoWidth, logoWidth * 2);
                PdfPCell logo = new PdfPCell(image, false);
                logo.setBorder(Rectangle.NO_BORDER);
                logo.setVerticalAlignment(Element.ALIGN_MIDDLE);
                t.addCell(logo);
            } catch (java.io.IOException e) {
                throw new IllegalArgumentException("Cannot read the letterhead logo", e);
            }
            PdfPTable text = new PdfPTable(1);
            for (int i = 0; i < lines.size(); i++) {
                boolean main = i < 2;
                PdfPCell c = new PdfPCell(new Phrase(lines.get(i), fonts.get(main ? 1.2 : 0.85, main, false)));
                c.setBorder(Rectangle.NO_BORDER);
                c.setHorizontalAlignment(Element.ALIGN_CENTER);
                c.setPadding(0);
                c.setPaddingBottom(2);
                text.addCell(c);
            }
            PdfPCell textCell = new PdfPCell(text);
            textCell.setBorder(Rectangle.NO_BORDER);
            textCell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            t.addCell(textCell);
            doc.add(t);
        }
        doc.add(new Chunk(new LineSeparator(1.5f, 100, Color.BLACK, Element.ALIGN_CENTER, -4)));
        doc.add(spacer(fonts));
    }

    private static void block(Document doc, Fonts fonts, Block block) {
        if (block instanceof Paragraph p) {
            doc.add(line(p.text(), fonts.get(p.scale(), p.bold(), p.underline()), align(p.align()), 0, 6));
        } else if (block instanceof Labeled l) {
            labeled(doc, fonts, l);
        } else if (block instanceof Grid g) {
            grid(doc, fonts, g);
        } else if (block instanceof Signature s) {
            signature(doc, fonts, s);
        } else if (block instanceof Space) {
            doc.add(spacer(fonts));
        }
    }

    private static void labeled(Document doc, Fonts fonts, Labeled l) {
        float usable = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
        float label = mm(l.labelWidthMm());
        PdfPTable t = new PdfPTable(new float[]{label, mm(4), mm(8), usable - label - mm(12)});
        t.setWidthPercentage(100);
        for (Labeled.Row row : l.rows()) {
            String[] cells = {row.label(), row.separator(), row.marker(), row.text()};
            for (int c = 0; c < 4; c++) {
                PdfPCell cell = new PdfPCell(new Phrase(cells[c], fonts.get(1, row.bold() && c != 2, false)));
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPaddingBottom(3);
                if (c == 3) {
                    cell.setHorizontalAlignment(Element.ALIGN_JUSTIFIED);
                }
                t.addCell(cell);
            }
        }
        t.setSpacingAfter(6);
        doc.add(t);
    }

    private static void grid(Document doc, Fonts fonts, Grid g) {
        PdfPTable t = new PdfPTable(g.widths());
        t.setWidthPercentage(100);
        if (!g.header().isEmpty()) {
            for (int c = 0; c < g.widths().length; c++) {
                PdfPCell cell = new PdfPCell(new Phrase(c < g.header().size() ? g.header().get(c) : "",
                        fonts.get(DocxRenderer.GRID_SCALE, true, false)));
                cell.setBackgroundColor(new Color(0xD9, 0xD9, 0xD9));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                cell.setPadding(3);
                t.addCell(cell);
            }
            t.setHeaderRows(1);
        }
        for (List<String> row : g.rows()) {
            for (int c = 0; c < g.widths().length; c++) {
                PdfPCell cell = new PdfPCell(new Phrase(c < row.size() ? row.get(c) : "",
                        fonts.get(DocxRenderer.GRID_SCALE, g.firstColumnBold() && c == 0, false)));
                cell.setPadding(3);
                t.addCell(cell);
            }
        }
        t.setSpacingAfter(8);
        doc.add(t);
    }

    private static void signature(Document doc, Fonts fonts, Signature s) {
        float usable = doc.getPageSize().getWidth() - doc.leftMargin() - doc.rightMargin();
        for (String line : s.above()) {
            doc.add(signatureLine(line, fonts.get(1, false, false), usable / 2));
        }
        for (int i = 0; i < 3; i++) {
            doc.add(signatureLine(" ", fonts.get(1, false, false), usable / 2));
        }
        doc.add(signatureLine(s.name(), fonts.get(1, true, true), usable / 2));
        for (String line : s.below()) {
            doc.add(signatureLine(line, fonts.get(1, false, false), usable / 2));
        }
        doc.add(spacer(fonts));
    }

    private static PdfPTable signatureLine(String text, Font font, float indent) {
        return line(text, font, Element.ALIGN_CENTER, indent, 0);
    }

    private static PdfPTable spacer(Fonts fonts) {
        return line(" ", fonts.get(1, false, false), Element.ALIGN_LEFT, 0, 0);
    }

    /**
     * A line or paragraph of text as a borderless one-cell table: OpenPDF draws tables and paragraphs on different
     * layers, so drawing everything as tables keeps the content stream in reading order (for text extraction,
     * screen readers and copy-paste).
     */
    private static PdfPTable line(String text, Font font, int alignment, float indent, float spacingAfter) {
        PdfPTable t = indent > 0 ? new PdfPTable(new float[]{indent, indent}) : new PdfPTable(1);
        t.setWidthPercentage(100);
        if (indent > 0) {
            PdfPCell pad = new PdfPCell(new Phrase(""));
            pad.setBorder(Rectangle.NO_BORDER);
            t.addCell(pad);
        }
        PdfPCell cell = new PdfPCell(new Phrase(text == null || text.isEmpty() ? " " : text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        t.addCell(cell);
        t.setSpacingAfter(spacingAfter);
        return t;
    }

    private static int align(Align a) {
        return switch (a) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        };
    }

    /** The standard font closest to the configured family. */
    private static final class Fonts {
        private final int family;
        private final float size;

        Fonts(PageSettings page) {
            String f = page.fontFamily() == null ? "" : page.fontFamily().toLowerCase(Locale.ROOT);
            if (f.contains("times") || f.contains("bookman") || f.contains("cambria") || f.contains("georgia")) {
                family = Font.TIMES_ROMAN;
            } else if (f.contains("courier")) {
                family = Font.COURIER;
            } else {
                family = Font.HELVETICA;
            }
            size = (float) page.fontSize();
        }

        Font get(double scale, boolean bold, boolean underline) {
            int style = (bold ? Font.BOLD : Font.NORMAL) | (underline ? Font.UNDERLINE : 0);
            return new Font(family, (float) (size * scale), style);
        }
    }
}
