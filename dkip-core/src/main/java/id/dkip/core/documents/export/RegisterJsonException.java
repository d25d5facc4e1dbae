package id.dkip.core.documents.export;

import java.io.IOException;

/**
 * A register file that cannot be read: the message says where (line, column, and the JSON path such as
 * {@code entries[3].skDate}) and what was expected. Line and column are 0 when not known.
 */
public class RegisterJsonException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;
    private final String path;

    public RegisterJsonException(String message, int line, int column, String path, Throwable cause) {
        super(format(message, line, column, path), cause);
        this.line = line;
        this.column = column;
        this.path = path;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** JSON path of the value at fault, e.g. {@code entries[3].skDate}, or "" for the document itself. */
    public String path() {
        return path;
    }

    private static String format(String message, int line, int column, String path) {
        StringBuilder sb = new StringBuilder();
        if (line > 0) {
            sb.append("line ").append(line).append(", column ").append(column);
        }
        if (path != null && !path.isEmpty()) {
            sb.append(sb.length() > 0 ? " " : "").append("(").append(path).append(")");
        }
        return (sb.length() > 0 ? sb + ": " : "") + message;
    }
}
