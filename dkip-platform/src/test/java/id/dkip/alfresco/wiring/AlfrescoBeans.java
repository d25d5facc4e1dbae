package id.dkip.alfresco.wiring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Alfresco beans the module's Spring XML refers to, read from {@code wiring/alfresco-beans.properties}.
 * One line per bean, {@code beanName=value}, where value is
 * <ul>
 *   <li>a fully qualified class or interface name: the bean is a Mockito mock of it;</li>
 *   <li>{@code abstract}: an abstract parent bean without class (children name their own class);</li>
 *   <li>{@code abstract:fully.qualified.StandIn}: an abstract parent bean of that class, for Alfresco parents
 *       whose children inherit the class (the stand-in has the real class's setters).</li>
 * </ul>
 * Blank lines and {@code #} comments are ignored. The same name twice with different values is an error
 * (a merge gone wrong); twice with the same value is tolerated.
 */
public final class AlfrescoBeans {
    public static final String RESOURCE = "wiring/alfresco-beans.properties";
    static final String ABSTRACT = "abstract";

    /** What one line declares. */
    public record Declaration(String name, String value) {
        public boolean isAbstract() {
            return value.equals(ABSTRACT) || value.startsWith(ABSTRACT + ":");
        }

        /** The class of the mock or of the abstract parent; null for a class-less abstract parent. */
        public String className() {
            if (value.equals(ABSTRACT)) {
                return null;
            }
            return value.startsWith(ABSTRACT + ":") ? value.substring(ABSTRACT.length() + 1) : value;
        }
    }

    private AlfrescoBeans() {
    }

    public static Map<String, Declaration> load() {
        try (InputStream in = AlfrescoBeans.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Declaration> parse(BufferedReader reader) throws IOException {
        Map<String, Declaration> beans = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            int eq = s.indexOf('=');
            if (eq <= 0 || eq == s.length() - 1) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected beanName=value, got '" + s + "'");
            }
            Declaration d = new Declaration(s.substring(0, eq).strip(), s.substring(eq + 1).strip());
            Declaration previous = beans.putIfAbsent(d.name(), d);
            if (previous != null && !previous.value().equals(d.value())) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": bean '" + d.name() + "' declared twice, as "
                        + previous.value() + " and as " + d.value());
            }
        }
        return Collections.unmodifiableMap(beans);
    }
}
