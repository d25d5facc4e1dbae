package id.dkip.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile OOXML containers written at test time, streamed to disk so a 95 MB part never sits in the test's memory:
 * huge parts of varied text (they inflate about 5-10x, so a ratio check alone lets them through), entries present
 * only in the local headers, XXE in every part.
 */
final class HostileZips {
    static final String XXE = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    private static final String[] WORDS = {"Informasi", "pengadaan", "barang", "jasa", "Dinas", "Kesehatan", "rapat",
            "anggaran", "pegawai", "laporan", "tahun", "kegiatan", "sarana", "puskesmas", "pelayanan", "data"};

    private HostileZips() {
    }

    /** Writes {@code n} table rows of varied words; each row about 200 characters of text. */
    interface Rows {
        void write(Appendable out, int row) throws IOException;
    }

    static Path docx(Path file, String doctype, int rows, Rows body) throws IOException {
        try (ZipOutputStream zip = fastZip(file)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Appendable w = writer(zip);
            w.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(doctype == null ? "" : doctype)
                    .append("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            if (rows > 0) {
                w.append("<w:tbl>");
                row(w, "No", "Informasi", "Dasar Hukum", "Jangka Waktu");
                for (int r = 0; r < rows; r++) {
                    body.write(w, r);
                }
                w.append("</w:tbl>");
            }
            w.append("<w:p><w:r><w:t>").append(doctype == null ? "akhir" : "&xxe;").append("</w:t></w:r></w:p>");
            w.append("</w:body></w:document>");
            flush(w);
            zip.closeEntry();
        }
        return file;
    }

    static void row(Appendable w, String... cells) throws IOException {
        w.append("<w:tr>");
        for (String c : cells) {
            w.append("<w:tc><w:p><w:r><w:t>").append(c).append("</w:t></w:r></w:p></w:tc>");
        }
        w.append("</w:tr>");
    }

    static String words(Random random, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(1000));
        }
        return sb.toString();
    }

    static Path xlsx(Path file, String doctype, int rows, int columns) throws IOException {
        Random random = new Random(7);
        try (ZipOutputStream zip = fastZip(file)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Matriks\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Appendable w = writer(zip);
            w.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(doctype == null ? "" : doctype)
                    .append("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.append("<row r=\"1\">");
            String[] header = {"No", "Informasi", "Dasar Hukum", "Jangka Waktu"};
            for (int c = 0; c < header.length; c++) {
                w.append("<c r=\"").append((char) ('A' + c)).append("1\" t=\"inlineStr\"><is><t>").append(header[c]).append("</t></is></c>");
            }
            w.append("</row>");
            for (int r = 0; r < rows; r++) {
                w.append("<row r=\"").append(Integer.toString(r + 2)).append("\">");
                for (int c = 0; c < columns; c++) {
                    w.append("<c r=\"").append((char) ('A' + c)).append(Integer.toString(r + 2)).append("\" t=\"inlineStr\"><is><t>")
                            .append(r == 0 && c == 1 && doctype != null ? "&xxe;" : words(random, 8))
                            .append("</t></is></c>");
                }
                w.append("</row>");
            }
            w.append("</sheetData></worksheet>");
            flush(w);
            zip.closeEntry();
        }
        return file;
    }

    /**
     * A small valid DOCX preceded by {@code count} entries of {@code entryMegabytes} MB (zeros) that appear only in
     * local headers: the central directory, which most readers trust, names only the real parts.
     */
    static Path localHeaderOnly(Path file, int count, int entryMegabytes) throws IOException {
        byte[] docx = Files.readAllBytes(docx(Files.createTempFile(file.getParent(), "base", ".docx"), null, 2,
                (w, r) -> row(w, Integer.toString(r + 1), "Informasi " + r, "Pasal 17 huruf h", "5 tahun")));
        // one deflated block of zeros, reused for every hidden entry (only the names differ)
        Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        byte[] zeros = new byte[1 << 20];
        byte[] buf = new byte[1 << 16];
        for (int i = 0; i < entryMegabytes; i++) {
            crc.update(zeros);
            deflater.setInput(zeros);
            while (!deflater.needsInput()) {
                compressed.write(buf, 0, deflater.deflate(buf));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            compressed.write(buf, 0, deflater.deflate(buf));
        }
        byte[] data = compressed.toByteArray();
        ByteArrayOutputStream prefix = new ByteArrayOutputStream();
        for (int i = 0; i < count; i++) {
            byte[] name = ("word/media/hidden" + i + ".bin").getBytes(StandardCharsets.UTF_8);
            ByteBuffer h = ByteBuffer.allocate(30 + name.length).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) 8).putShort((short) 0)
                    .putShort((short) 0).putInt((int) crc.getValue()).putInt(data.length)
                    .putInt(entryMegabytes << 20).putShort((short) name.length).putShort((short) 0).put(name);
            prefix.write(h.array());
            prefix.write(data);
        }
        int shift = prefix.size();
        // move the real entries back: every offset in the central directory grows by the prefix
        ByteBuffer z = ByteBuffer.wrap(docx).order(ByteOrder.LITTLE_ENDIAN);
        int eocd = docx.length - 22;
        while (z.getInt(eocd) != 0x06054b50) {
            eocd--;
        }
        int cd = z.getInt(eocd + 16);
        int entries = z.getShort(eocd + 10) & 0xffff;
        int p = cd;
        for (int i = 0; i < entries; i++) {
            z.putInt(p + 42, z.getInt(p + 42) + shift);
            p += 46 + (z.getShort(p + 28) & 0xffff) + (z.getShort(p + 30) & 0xffff) + (z.getShort(p + 32) & 0xffff);
        }
        z.putInt(eocd + 16, cd + shift);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(prefix.toByteArray());
            out.write(docx);
        }
        return file;
    }

    private static ZipOutputStream fastZip(Path file) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A buffered UTF-8 writer onto the open entry that never closes the zip. */
    private static Appendable writer(ZipOutputStream zip) {
        return new java.io.BufferedWriter(new java.io.OutputStreamWriter(new java.io.FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void flush(Appendable w) throws IOException {
        ((java.io.Writer) w).flush();
    }
}
