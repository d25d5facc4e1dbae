package id.dkip.core.documents.layout;

import id.dkip.core.documents.AgencyProfile.PageSettings;
import id.dkip.core.documents.layout.Layout.Align;
import id.dkip.core.documents.layout.Layout.Block;
import id.dkip.core.documents.layout.Layout.Grid;
import id.dkip.core.documents.layout.Layout.Labeled;
import id.dkip.core.documents.layout.Layout.Paragraph;
import id.dkip.core.documents.layout.Layout.Section;
import id.dkip.core.documents.layout.Layout.Signature;
import id.dkip.core.documents.layout.Layout.Space;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/** Renders a {@link Layout} as an editable DOCX (Apache POI): real tables, real section breaks, one font. */
public final class DocxRenderer {
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    static final double GRID_SCALE = 0.85;

    public byte[] render(Layout layout) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getProperties().getCoreProperties().setTitle(layout.title());
            doc.getProperties().getCoreProperties().setCreator("DKIP");
            Writer w = new Writer(doc, layout.page());
            List<Section> sections = layout.sections();
            for (int s = 0; s < sections.size(); s++) {
                Section section = sections.get(s);
                w.landscape = section.landscape();
                if (s == 0) {
                    w.letterhead(layout.letterhead());
                }
                for (Block b : section.blocks()) {
                    w.block(b);
                }
                CTSectPr sectPr;
                if (s < sections.size() - 1) {
                    sectPr = doc.createParagraph().getCTP().addNewPPr().addNewSectPr();
                } else {
                    CTBody body = doc.getDocument().getBody();
                    sectPr = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
                }
                w.pageSetup(sectPr);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalArgumentException("Cannot embed the letterhead logo", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write DOCX", e);
        }
    }

    private static final class Writer {
        private final XWPFDocument doc;
        private final PageSettings page;
        boolean landscape;

        Writer(XWPFDocument doc, PageSettings page) {
            this.doc = doc;
            this.page = page;
        }

        double usableWidthMm() {
            double w = landscape ? page.heightMm() : page.widthMm();
            return w - page.marginLeftMm() - page.marginRightMm();
        }

        void pageSetup(CTSectPr sectPr) {
            CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
            double w = landscape ? page.heightMm() : page.widthMm();
            double h = landscape ? page.widthMm() : page.heightMm();
            size.setW(twips(w));
            size.setH(twips(h));
            size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            CTPageMar mar = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
            mar.setTop(twips(page.marginTopMm()));
            mar.setRight(twips(page.marginRightMm()));
            mar.setBottom(twips(page.marginBottomMm()));
            mar.setLeft(twips(page.marginLeftMm()));
            mar.setHeader(twips(12.5));
            mar.setFooter(twips(12.5));
        }

        void letterhead(Layout.Letterhead head)
                throws IOException, org.apache.poi.openxml4j.exceptions.InvalidFormatException {
            if (head.isEmpty()) {
                return;
            }
            List<String> lines = head.lines();
            if (head.logo() == null) {
                for (int i = 0; i < lines.size(); i++) {
                    letterheadLine(doc.createParagraph(), lines.get(i), i);
                }
            } else {
                double logoMm = Layout.Letterhead.LOGO_WIDTH_MM;
                XWPFTable t = table(1, new double[]{logoMm + 4, usableWidthMm() - logoMm - 4});
                t.removeBorders();
                XWPFParagraph logoParagraph = cellParagraph(t.getRow(0).getCell(0));
                Images.Picture picture = Images.read(head.logo());
                logoParagraph.createRun().addPicture(new java.io.ByteArrayInputStream(head.logo()),
                        picture.png() ? org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG
                                : org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG,
                        "logo", org.apache.poi.util.Units.toEMU(logoMm * 72 / 25.4),
                        org.apache.poi.util.Units.toEMU(logoMm * picture.heightRatio() * 72 / 25.4));
                XWPFTableCell text = t.getRow(0).getCell(1);
                text.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                for (int i = 0; i < lines.size(); i++) {
                    letterheadLine(i == 0 ? cellParagraph(text) : text.addParagraph(), lines.get(i), i);
                }
            }
            XWPFParagraph rule = doc.createParagraph();
            rule.setSpacingAfter(240);
            rule.setBorderBottom(Borders.THICK_THIN_MEDIUM_GAP);
        }

        private void letterheadLine(XWPFParagraph p, String line, int i) {
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingAfter(0);
            boolean main = i < 2;
            run(p, line, main, false, main ? 1.2 : 0.85);
        }

        void block(Block block) {
            if (block instanceof Paragraph p) {
                paragraph(p);
            } else if (block instanceof Labeled l) {
                labeled(l);
            } else if (block instanceof Grid g) {
                grid(g);
            } else if (block instanceof Signature s) {
                signature(s);
            } else if (block instanceof Space) {
                spacer();
            }
        }

        void paragraph(Paragraph para) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(align(para.align()));
            p.setSpacingAfter(120);
            run(p, para.text(), para.bold(), para.underline(), para.scale());
        }

        void labeled(Labeled l) {
            double label = l.labelWidthMm();
            double[] widths = {label, 4, 8, usableWidthMm() - label - 12};
            XWPFTable t = table(l.rows().size(), widths);
            t.removeBorders();
            for (int r = 0; r < l.rows().size(); r++) {
                Labeled.Row row = l.rows().get(r);
                String[] cells = {row.label(), row.separator(), row.marker(), row.text()};
                for (int c = 0; c < 4; c++) {
                    XWPFParagraph p = cellParagraph(t.getRow(r).getCell(c));
                    p.setAlignment(c == 3 ? ParagraphAlignment.BOTH : ParagraphAlignment.LEFT);
                    p.setSpacingAfter(60);
                    run(p, cells[c], row.bold() && c != 2, false, 1);
                }
            }
            spacer();
        }

        void grid(Grid g) {
            int rows = g.rows().size() + (g.header().isEmpty() ? 0 : 1);
            float total = 0;
            for (float f : g.widths()) {
                total += f;
            }
            double[] widths = new double[g.widths().length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = usableWidthMm() * g.widths()[i] / total;
            }
            XWPFTable t = table(Math.max(rows, 1), widths);
            int r = 0;
            if (!g.header().isEmpty()) {
                XWPFTableRow header = t.getRow(0);
                header.setRepeatHeader(true);
                for (int c = 0; c < widths.length; c++) {
                    XWPFTableCell cell = header.getCell(c);
                    cell.setColor("D9D9D9");
                    XWPFParagraph p = cellParagraph(cell);
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, c < g.header().size() ? g.header().get(c) : "", true, false, GRID_SCALE);
                }
                r = 1;
            }
            for (List<String> row : g.rows()) {
                XWPFTableRow tr = t.getRow(r++);
                tr.setCantSplitRow(true);
                for (int c = 0; c < widths.length; c++) {
                    XWPFParagraph p = cellParagraph(tr.getCell(c));
                    p.setAlignment(ParagraphAlignment.LEFT);
                    run(p, c < row.size() ? row.get(c) : "", g.firstColumnBold() && c == 0, false, GRID_SCALE);
                }
            }
            spacer();
        }

        void signature(Signature s) {
            double indent = usableWidthMm() / 2;
            for (String line : s.above()) {
                signatureLine(indent, line, false, false);
            }
            for (int i = 0; i < 3; i++) {
                signatureLine(indent, "", false, false);
            }
            signatureLine(indent, s.name(), true, true);
            for (String line : s.below()) {
                signatureLine(indent, line, false, false);
            }
            spacer();
        }

        private void signatureLine(double indentMm, String text, boolean bold, boolean underline) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setIndentationLeft(twips(indentMm).intValue());
            p.setSpacingAfter(0);
            run(p, text, bold, underline, 1);
        }

        private void spacer() {
            doc.createParagraph().setSpacingAfter(0);
        }

        private XWPFTable table(int rows, double[] widthsMm) {
            XWPFTable t = doc.createTable(rows, widthsMm.length);
            t.setWidth(twips(usableWidthMm()).toString());
            CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (double w : widthsMm) {
                grid.addNewGridCol().setW(twips(w));
            }
            for (XWPFTableRow row : t.getRows()) {
                for (int c = 0; c < widthsMm.length; c++) {
                    row.getCell(c).setWidth(twips(widthsMm[c]).toString());
                }
            }
            return t;
        }

        private static XWPFParagraph cellParagraph(XWPFTableCell cell) {
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setSpacingAfter(0);
            return p;
        }

        private void run(XWPFParagraph p, String text, boolean bold, boolean underline, double scale) {
            String[] lines = (text == null ? "" : text).split("\n", -1);
            XWPFRun r = p.createRun();
            r.setFontFamily(page.fontFamily());
            r.setFontSize(Math.round(page.fontSize() * scale * 2) / 2.0);
            r.setBold(bold);
            if (underline) {
                r.setUnderline(UnderlinePatterns.SINGLE);
            }
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    r.addBreak();
                }
                r.setText(lines[i], i);
            }
        }

        private static ParagraphAlignment align(Align a) {
            return switch (a) {
                case LEFT -> ParagraphAlignment.LEFT;
                case CENTER -> ParagraphAlignment.CENTER;
                case RIGHT -> ParagraphAlignment.RIGHT;
                case JUSTIFY -> ParagraphAlignment.BOTH;
            };
        }

        private static BigInteger twips(double mm) {
            return BigInteger.valueOf(Math.round(mm * TWIPS_PER_MM));
        }
    }
}
