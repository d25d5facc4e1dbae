package id.dkip.core.extraction;

import java.util.List;
import java.util.Locale;

/**
 * Something in one row of an imported matrix that could not be read, and why. The message is rendered from the
 * extraction bundle, key {@code dkip.extraction.row.<code in lower case>}.
 *
 * @param code   INFORMATION_MISSING (row skipped), LEGAL_BASIS_MISSING, LEGAL_BASIS_UNREADABLE (once per row), NO_GROUND,
 *               PERIOD_MISSING, PERIOD_UNREADABLE, SECURITY_LEVEL_UNREADABLE, PARSER_FAILED, CELL_TOO_LONG (the cell was cut
 *               to the parser's cap before parsing)
 * @param column the header label of the column concerned
 * @param args   values for the message (the text concerned, first)
 */
public record RowProblem(String code, String column, List<String> args) {

    public RowProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public String messageKey() {
        return "dkip.extraction.row." + code.toLowerCase(Locale.ROOT);
    }

    public String message(Locale locale) {
        Object[] a = new Object[args.size() + 1];
        a[0] = column;
        for (int i = 0; i < args.size(); i++) {
            a[i + 1] = args.get(i);
        }
        return ExtractionException.Messages.format(locale, messageKey(), a);
    }
}
