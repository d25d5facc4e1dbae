package id.dkip.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectWriter;
import id.dkip.core.documents.export.RegisterJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Writes a command's result as JSON on stdout, with the register's mapper so dates and entries look the same. */
final class JsonOut {
    // Entries as the register writes them (empty fields left out), but a result's own lists always present:
    // "findings": [] tells a script there are none.
    private static final ObjectWriter WRITER = RegisterJson.mapper().copy()
            .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
            .writerWithDefaultPrettyPrinter();

    private JsonOut() {
    }

    static void print(Object value) {
        print(value, System.out);
    }

    static void print(Object value, PrintStream out) {
        try {
            WRITER.writeValue((OutputStream) out, value);
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
