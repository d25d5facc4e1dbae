package id.dkip.core.documents.export;

import id.dkip.core.register.DkipEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

/**
 * CSV per RFC 4180: comma-separated, CRLF line ends, a header line, fields quoted when they hold a comma, a quote
 * or a line break (quotes doubled). UTF-8, preceded by a byte-order mark by default so Excel (what most offices
 * open CSV with) reads Indonesian text correctly; pass {@code bom=false} for tools that do not expect one.
 * Dates are ISO (yyyy-MM-dd). The first column is the row number. A value a spreadsheet would run as a formula
 * (beginning with {@code = + - @}, a tab or a carriage return) is written with a leading single quote (OWASP's
 * advice against CSV injection), so opening an export never runs what a proposer typed.
 */
public final class CsvRegisterWriter {
    private static final String CRLF = "\r\n";
    private final boolean bom;

    public CsvRegisterWriter(boolean bom) {
        this.bom = bom;
    }

    public int write(Iterator<DkipEntry> entries, List<RegisterColumn> columns, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (bom) {
            w.write('\uFEFF');
        }
        StringBuilder line = new StringBuilder("No");
        for (RegisterColumn c : columns) {
            line.append(',').append(escape(c.header()));
        }
        w.write(line.append(CRLF).toString());
        int n = 0;
        while (entries.hasNext()) {
            DkipEntry e = entries.next();
            line.setLength(0);
            line.append(++n);
            for (RegisterColumn c : columns) {
                Object v = c.value().apply(e);
                line.append(',').append(escape(v == null ? "" : v.toString()));
            }
            w.write(line.append(CRLF).toString());
        }
        w.flush();
        return n;
    }

    static String escape(String raw) {
        String value = neutralise(raw);
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /** "=SUM(A1)" to "'=SUM(A1)": a cell a spreadsheet would evaluate is made text. */
    static String neutralise(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + value : value;
    }
}
