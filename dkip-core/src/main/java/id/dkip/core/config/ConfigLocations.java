package id.dkip.core.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens the data files an administrator may point the module at, without any container: a location is
 * {@code classpath:some/path}, {@code file:/abs/path} or a plain file-system path. Several locations may be given
 * in one string, separated by commas; blanks are ignored (an unset property means "none"). A location prefixed
 * {@code optional:} is skipped when absent ({@link #present(List)}); any other missing location is an error.
 */
public final class ConfigLocations {

    public static final String CLASSPATH = "classpath:";
    public static final String FILE = "file:";
    /** Prefix of a location that may be absent: "optional:classpath:alfresco/extension/dkip/hari-libur.csv". */
    public static final String OPTIONAL = "optional:";

    private ConfigLocations() {
    }

    /** Splits a comma-separated list of locations; null or blank gives an empty list. */
    public static List<String> split(String locations) {
        List<String> result = new ArrayList<>();
        if (locations == null) {
            return result;
        }
        for (String part : locations.split(",")) {
            String trimmed = part.trim();
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
        return result;
    }

    /** The locations that exist, without their {@code optional:} prefix; required ones are kept even if missing. */
    public static List<String> present(List<String> locations) {
        List<String> result = new ArrayList<>();
        for (String loc : locations) {
            if (loc.startsWith(OPTIONAL)) {
                String real = loc.substring(OPTIONAL.length()).trim();
                if (exists(real)) {
                    result.add(real);
                }
            } else {
                result.add(loc);
            }
        }
        return result;
    }

    /** True when the location can be opened. */
    public static boolean exists(String location) {
        String loc = location.trim();
        if (loc.startsWith(CLASSPATH)) {
            String path = loc.substring(CLASSPATH.length()).replaceFirst("^/+", "");
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            return (loader != null && loader.getResource(path) != null)
                    || ConfigLocations.class.getClassLoader().getResource(path) != null;
        }
        return Files.isRegularFile(Path.of(loc.startsWith(FILE) ? loc.substring(FILE.length()) : loc));
    }

    /**
     * Opens one location. Fails with a message naming the location when it does not exist: a configured file that
     * is missing is a configuration error, never silently skipped.
     */
    public static InputStream open(String location) {
        String loc = location.trim();
        if (loc.startsWith(CLASSPATH)) {
            String path = loc.substring(CLASSPATH.length());
            while (path.startsWith("/")) {
                path = path.substring(1);
            }
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            InputStream in = loader == null ? null : loader.getResourceAsStream(path);
            if (in == null) {
                in = ConfigLocations.class.getClassLoader().getResourceAsStream(path);
            }
            if (in == null) {
                throw new IllegalArgumentException("Configured resource not found on the classpath: " + location);
            }
            return in;
        }
        Path file = Path.of(loc.startsWith(FILE) ? loc.substring(FILE.length()) : loc);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Configured file not found: " + location + " (" + file.toAbsolutePath() + ")");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configured file " + location, e);
        }
    }
}
