package id.dkip.core.documents.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one placeholder syntax of agency texts: {@code ${name}}. A placeholder with no value is an error naming it
 * and the values available, so a typo in an agency file shows at the first generation, never in a signed paper.
 */
public final class TemplateText {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private TemplateText() {
    }

    public static String fill(String template, Map<String, String> values) {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("Unknown placeholder ${" + m.group(1) + "} in \"" + template
                        + "\"; available here: " + values.keySet().stream().sorted().map(k -> "${" + k + "}").toList());
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
