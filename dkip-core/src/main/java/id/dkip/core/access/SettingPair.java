package id.dkip.core.access;

import java.util.ArrayList;
import java.util.List;

/**
 * One "LEFT=RIGHT" pair of a unit setting ({@code dkip.access.unitGroups}, {@code dkip.access.unitSites}):
 * pairs are separated by ';' or ',', blank pairs are skipped, each is split at its first '=' and both sides trimmed
 * (both empty when there is no '='). The settings check their own sides.
 *
 * @param left  the text before '=', trimmed
 * @param right the text after '=', trimmed
 * @param text  the whole pair as written, trimmed (for error messages)
 */
record SettingPair(String left, String right, String text) {

    static List<SettingPair> parse(String map) {
        List<SettingPair> out = new ArrayList<>();
        if (map == null || map.isBlank()) {
            return out;
        }
        for (String pair : map.split("[;,]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            out.add(new SettingPair(eq < 0 ? "" : pair.substring(0, eq).trim(),
                    eq < 0 ? "" : pair.substring(eq + 1).trim(), pair.trim()));
        }
        return out;
    }
}
