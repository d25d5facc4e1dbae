package id.dkip.core.documents.text;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An agency's pattern for decree numbers, e.g. {@code 050/{serial}-Sekret/{romanMonth}/{year}} gives
 * {@code 050/3953-Sekret/IV/2021}. Fields: {@code {serial}}, {@code {serial:N}} (zero-padded to N digits),
 * {@code {romanMonth}}, {@code {month}} (two digits), {@code {year}}. Anything else is copied as written.
 */
public final class DecreeNumberPattern {
    private static final Pattern FIELD = Pattern.compile("\\{([a-zA-Z]+)(?::(\\d+))?}");
    private static final Set<String> KNOWN = Set.of("serial", "romanMonth", "month", "year");
    private final String pattern;

    private DecreeNumberPattern(String pattern) {
        this.pattern = pattern;
    }

    /** Checks the pattern: unknown fields fail here, at configuration time. */
    public static DecreeNumberPattern of(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("Decree number pattern is empty");
        }
        Matcher m = FIELD.matcher(pattern);
        boolean serial = false;
        while (m.find()) {
            if (!KNOWN.contains(m.group(1))) {
                throw new IllegalArgumentException("Unknown field {" + m.group(1) + "} in decree number pattern '"
                        + pattern + "'; known: {serial}, {serial:N}, {romanMonth}, {month}, {year}");
            }
            serial |= m.group(1).equals("serial");
        }
        if (!serial) {
            throw new IllegalArgumentException("Decree number pattern '" + pattern + "' has no {serial}");
        }
        return new DecreeNumberPattern(pattern);
    }

    public String format(int serial, LocalDate date) {
        Matcher m = FIELD.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "serial" -> m.group(2) == null ? Integer.toString(serial)
                        : String.format("%0" + Integer.parseInt(m.group(2)) + "d", serial);
                case "romanMonth" -> RomanNumerals.of(date.getMonthValue());
                case "month" -> String.format("%02d", date.getMonthValue());
                case "year" -> Integer.toString(date.getYear());
                default -> throw new IllegalStateException(m.group(1));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
