package id.dkip.core.documents.text;

import java.util.Locale;

/**
 * Whether two written names are the same person: "dr. Rina Contoh, M.K.M." and "Rina Contoh" are. Names are
 * compared without academic and religious titles (tokens ending in a dot: "dr.", "Hj.", "S.K.M.", and everything
 * after the first comma), ignoring case and spacing. Used so a person named in the agency profile and in the
 * meeting's attendance is printed one way throughout a run's documents.
 */
public final class PersonName {
    private PersonName() {
    }

    /** The name without titles, lower-case, single-spaced: "rina contoh". */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        int comma = name.indexOf(',');
        String core = comma >= 0 ? name.substring(0, comma) : name;
        StringBuilder sb = new StringBuilder();
        for (String token : core.trim().split("\\s+")) {
            if (token.isEmpty() || token.endsWith(".")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(token.toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    public static boolean same(String a, String b) {
        String ka = key(a);
        return !ka.isEmpty() && ka.equals(key(b));
    }
}
