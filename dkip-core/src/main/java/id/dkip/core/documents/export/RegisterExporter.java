package id.dkip.core.documents.export;

import com.fasterxml.jackson.core.JsonGenerator;
import id.dkip.core.register.DkipEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

/**
 * The register exports, one entry point for the CLI and the web script: XLSX, CSV or JSON, internal (every field)
 * or public ({@link PublicView}). Entries are pulled one at a time; nothing buffers the whole register.
 * <ul>
 *   <li>internal JSON: {@code {"entries": [ DkipEntry... ]}}, the shape {@link RegisterJson#read} reads back;</li>
 *   <li>public JSON: {@code {"entries": [ {"no": 1, "unitName": ..., "information": ..., "legalBasis": ...,
 *       "period": ..., "skNumber": ..., "skDate": "2021-04-13"} ]}};</li>
 *   <li>CSV and XLSX: a "No" column, then {@link RegisterColumn#FULL} or {@link RegisterColumn#PUBLIC}.</li>
 * </ul>
 */
public final class RegisterExporter {
    private final boolean csvBom;
    private final int xlsxWindow;

    public RegisterExporter() {
        this(true, XlsxRegisterWriter.DEFAULT_WINDOW);
    }

    /**
     * @param csvBom     write a UTF-8 byte-order mark before CSV (for Excel)
     * @param xlsxWindow rows of an XLSX kept in memory
     */
    public RegisterExporter(boolean csvBom, int xlsxWindow) {
        this.csvBom = csvBom;
        this.xlsxWindow = xlsxWindow;
    }

    /** Writes the export; returns the number of entries written. Does not close {@code out}. */
    public int export(Iterator<DkipEntry> entries, ExportFormat format, boolean publicView, OutputStream out)
            throws IOException {
        Iterator<DkipEntry> rows = publicView ? PublicView.filter(entries) : entries;
        List<RegisterColumn> columns = publicView ? RegisterColumn.PUBLIC : RegisterColumn.FULL;
        return switch (format) {
            case XLSX -> new XlsxRegisterWriter(xlsxWindow).write(rows, columns, "DKIP", out);
            case CSV -> new CsvRegisterWriter(csvBom).write(rows, columns, out);
            case JSON -> publicView ? writePublicJson(rows, out) : writeJson(rows, out);
        };
    }

    public int export(List<DkipEntry> entries, ExportFormat format, boolean publicView, OutputStream out)
            throws IOException {
        return export(entries.iterator(), format, publicView, out);
    }

    /** e.g. {@code dkip-publik-2021-04-13.xlsx}. */
    public static String fileName(String stem, ExportFormat format, boolean publicView, LocalDate date) {
        return stem + (publicView ? "-publik" : "") + "-" + date + "." + format.extension();
    }

    private static int writeJson(Iterator<DkipEntry> rows, OutputStream out) throws IOException {
        int[] count = {0};
        RegisterJson.writeEntries(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public DkipEntry next() {
                count[0]++;
                return rows.next();
            }
        }, out);
        return count[0];
    }

    private static int writePublicJson(Iterator<DkipEntry> rows, OutputStream out) throws IOException {
        int n = 0;
        try (JsonGenerator g = RegisterJson.mapper().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("entries");
            while (rows.hasNext()) {
                DkipEntry e = rows.next();
                g.writeStartObject();
                g.writeNumberField("no", ++n);
                for (RegisterColumn c : RegisterColumn.PUBLIC) {
                    Object v = c.value().apply(e);
                    if (v != null) {
                        g.writeStringField(c.key(), v.toString());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return n;
    }
}
