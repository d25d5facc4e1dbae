package id.dkip.core.register;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The readable name of a register row ("3 - Rekam medis pasien"), so that lists, pickers and search show what a row
 * is about instead of the GUID a repository gives a row created without a name. A row's name must be a valid file
 * name (rows are nodes) and unique among the rows of its list; the caller says which names are taken.
 *
 * <p>File-name rule (Alfresco's {@code cm:filename} constraint on {@code cm:name}): none of {@code " * \ > < ? / : |},
 * and no trailing dot or space. Control characters (line breaks from a pasted cell) are dropped too.
 */
public final class RowName {

    /** The longest name given, suffix included: long enough to recognise a row, short enough for any file system. */
    public static final int MAX_LENGTH = 100;

    /** The name of a row with neither number nor information. */
    public static final String FALLBACK = "Entri DKIP";

    private static final Pattern ILLEGAL = Pattern.compile("[\"*\\\\><?/:|\\p{Cntrl}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[.\\s]+$");
    /** Alfresco's GUID.generate(): what a row created without a name is called. */
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Attempts before giving up on a free name: far more rows than a list has. */
    private static final int MAX_ATTEMPTS = 100_000;

    private RowName() {
    }

    /** "&lt;number&gt; - &lt;information&gt;", cleaned to a valid file name and shortened to {@link #MAX_LENGTH}. */
    public static String of(Integer number, String information) {
        String info = clean(information);
        String name = number == null ? info : info.isEmpty() ? String.valueOf(number) : number + " - " + info;
        return name.isEmpty() ? FALLBACK : shorten(name, MAX_LENGTH);
    }

    /**
     * {@code base}, or the first of "base (2)", "base (3)"... that {@code taken} does not refuse (the caller counts a
     * row's own current name as free, so a row keeps its name). Every result stays within {@link #MAX_LENGTH}.
     */
    public static String unique(String base, Predicate<String> taken) {
        Objects.requireNonNull(taken, "taken");
        String name = shorten(base == null || base.isBlank() ? FALLBACK : base, MAX_LENGTH);
        for (int n = 2; taken.test(name); n++) {
            if (n > MAX_ATTEMPTS) {
                throw new IllegalStateException("No free row name for '" + base + "' after " + MAX_ATTEMPTS + " attempts");
            }
            String suffix = " (" + n + ")";
            name = shorten(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        return name;
    }

    /** True for a name the repository made up (a GUID), which the system should replace. */
    public static boolean isGenerated(String name) {
        return name == null || name.isBlank() || GUID.matcher(name.strip()).matches();
    }

    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        String s = SPACES.matcher(ILLEGAL.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        return TRAILING.matcher(s).replaceAll("");
    }

    /** At most max characters, cut at a word where one is near, ending in "…" when cut; never a trailing dot/space. */
    private static String shorten(String s, int max) {
        String clean = clean(s);
        if (clean.length() <= max) {
            return clean.isEmpty() ? FALLBACK : clean;
        }
        String cut = clean.substring(0, max - 1);
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        if (Character.isHighSurrogate(cut.charAt(cut.length() - 1))) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return TRAILING.matcher(cut).replaceAll("") + "…";
    }
}
