package id.dkip.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks on input files shared by the commands: a missing or unreadable file is bad usage (exit 2). */
final class InputFiles {
    private InputFiles() {
    }

    /** Null when the file is usable, else the message to print. */
    static String problem(Path file, Messages msg) {
        if (!Files.exists(file)) {
            return msg.get("error.notFound", file);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return msg.get("error.unreadable", file, msg.get("error.notAFile"));
        }
        return null;
    }

    /** Like {@link #problem}, and a file over {@code maxBytes} is refused before it is read. */
    static String problem(Path file, long maxBytes, Messages msg) {
        String problem = problem(file, msg);
        if (problem != null) {
            return problem;
        }
        try {
            long size = Files.size(file);
            return size > maxBytes ? msg.get("error.tooLarge", file, size, maxBytes) : null;
        } catch (java.io.IOException e) {
            return msg.get("error.unreadable", file, e.getMessage());
        }
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}
