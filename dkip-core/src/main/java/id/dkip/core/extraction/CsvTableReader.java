package id.dkip.core.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** CSV (comma, semicolon or tab separated; UTF-8 or Windows-1252) as one table, RFC 4180 quoting. */
final class CsvTableReader {
    private final ExtractionLimits limits;

    CsvTableReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    RawTable read(DocumentGuard.Document doc) {
        try (java.io.Reader in = new java.io.BufferedReader(new java.io.InputStreamReader(doc.open(), charset(doc.bytes())), 1 << 16)) {
            return read(in, doc.fileName());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Streams the text once: only non-blank rows are kept (a million blank lines cost nothing), rows and cell
     * length are capped.
     */
    private RawTable read(java.io.Reader in, String fileName) throws java.io.IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        in.mark(1 << 15);
        char[] head = new char[1 << 15];
        int headLength = Math.max(0, in.read(head));
        in.reset();
        char sep = separator(new String(head, 0, headLength));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        int ch;
        while ((ch = in.read()) >= 0) {
            if (quoted) {
                if (ch == '"') {
                    in.mark(1);
                    if (in.read() == '"') {
                        cell.append('"');
                    } else {
                        in.reset();
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append((char) ch);
                }
            } else if (ch == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                quoted = true;
            } else if (ch == sep) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                row.add(cell.toString());
                cell.setLength(0);
                addRow(rows, numbers, row, rowStart);
                row = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append((char) ch);
            }
            if (cell.length() > limits.maxCellChars()) {
                throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, fileName, "CSV, baris " + rowStart
                        + ": > " + limits.maxCellChars() + " characters");
            }
            if (row.size() > 1000) {
                throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, fileName, "CSV, baris " + rowStart
                        + ": > 1000 columns");
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            addRow(rows, numbers, row, rowStart);
        }
        return new RawTable("CSV", rows, numbers);
    }

    private void addRow(List<List<String>> rows, List<Integer> numbers, List<String> row, int number) {
        if (row.stream().allMatch(String::isBlank)) {
            return;
        }
        if (rows.size() >= limits.maxRows()) {
            throw new ExtractionException(ExtractionException.Reason.TOO_LARGE, "CSV", limits.maxRows() + " rows");
        }
        rows.add(row);
        numbers.add(number);
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = count(first, ',');
        int semis = count(first, ';');
        int tabs = count(first, '\t');
        if (tabs > commas && tabs > semis) {
            return '\t';
        }
        return semis > commas ? ';' : ',';
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                quoted = !quoted;
            } else if (!quoted && s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** UTF-8 when the bytes are valid UTF-8 (checked in a streaming pass, nothing decoded is kept), else Windows-1252. */
    private static Charset charset(byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(8192);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return Charset.forName("windows-1252");
            }
            if (r.isUnderflow()) {
                return StandardCharsets.UTF_8;
            }
            out.clear();
        }
    }
}
