package id.dkip.alfresco.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads an AMP the way Alfresco's Module Management Tool does and lists what is wrong with it: MMT reads
 * {@code module.properties} at the root (id, numeric version, title and description required; repo min/max
 * versions numeric), maps {@code /config} to WEB-INF/classes, {@code /lib} to WEB-INF/lib and {@code /web} per
 * {@code file-mapping.properties}. On top of MMT's rules: no jar that ACS 26.1 already ships, no Alfresco or
 * Surf classes anywhere (the API declarations are compile-only).
 */
public final class AmpInspector {
    /** Jar name prefixes of libraries ACS 26.1 ships in alfresco.war (or share.war) and an AMP must not bring. */
    public static final List<String> SHIPPED_BY_ACS = List.of("activiti", "spring", "tika", "poi", "quartz",
            "jackson-core", "jackson-databind", "jackson-annotations", "jackson-datatype-joda", "jackson-dataformat-yaml",
            "slf4j", "commons-io", "commons-logging", "log4j", "freemarker", "rhino", "alfresco", "surf");
    private static final String MODULE_ID = "[A-Za-z0-9._\\-]+";
    private static final String NUMERIC_VERSION = "\\d+(\\.\\d+){1,3}";

    private final Path amp;
    private final List<String> problems = new ArrayList<>();
    private final List<String> jars = new ArrayList<>();
    private Properties moduleProperties;

    private AmpInspector(Path amp) {
        this.amp = amp;
    }

    public static AmpInspector inspect(Path amp) throws IOException {
        AmpInspector inspector = new AmpInspector(amp);
        inspector.run();
        return inspector;
    }

    public List<String> problems() {
        return problems;
    }

    /** File names under lib/. */
    public List<String> jars() {
        return jars;
    }

    public Properties moduleProperties() {
        return moduleProperties;
    }

    private void run() throws IOException {
        try (ZipFile zip = new ZipFile(amp.toFile())) {
            ZipEntry mp = zip.getEntry("module.properties");
            if (mp == null) {
                problems.add("no module.properties at the AMP root");
            } else {
                moduleProperties = new Properties();
                try (InputStream in = zip.getInputStream(mp)) {
                    moduleProperties.load(in);
                }
                checkModuleProperties(moduleProperties);
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            boolean hasWeb = false;
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                if (e.isDirectory()) {
                    continue;
                }
                hasWeb |= name.startsWith("web/");
                if (name.startsWith("lib/") && name.endsWith(".jar") && name.indexOf('/', 4) < 0) {
                    String jar = name.substring(4);
                    jars.add(jar);
                    for (String shipped : SHIPPED_BY_ACS) {
                        if (jar.startsWith(shipped)) {
                            problems.add("lib/" + jar + " is a library ACS 26.1 already ships (" + shipped + ")");
                        }
                    }
                    try (ZipInputStream in = new ZipInputStream(zip.getInputStream(e))) {
                        checkJarContents(jar, in);
                    }
                } else if (!name.matches("module\\.properties|file-mapping\\.properties|config/.+|web/.+|licenses/.+")) {
                    problems.add(name + " is outside the AMP layout MMT installs (module.properties, file-mapping.properties, config/, lib/*.jar, web/, licenses/)");
                }
            }
            if (hasWeb && zip.getEntry("file-mapping.properties") == null) {
                problems.add("web/ content without file-mapping.properties");
            }
        }
        if (jars.isEmpty()) {
            problems.add("no jar under lib/");
        }
    }

    private void checkModuleProperties(Properties p) {
        for (String key : List.of("module.id", "module.version", "module.title", "module.description")) {
            if (p.getProperty(key, "").isBlank()) {
                problems.add("module.properties lacks " + key + " (MMT requires it)");
            }
        }
        p.stringPropertyNames().forEach(key -> {
            if (p.getProperty(key).contains("${")) {
                problems.add("module.properties " + key + " is unfiltered: " + p.getProperty(key));
            }
        });
        String id = p.getProperty("module.id", "");
        if (!id.isBlank() && !id.matches(MODULE_ID)) {
            problems.add("module.id '" + id + "' has characters MMT refuses");
        }
        String version = p.getProperty("module.version", "");
        if (!version.isBlank() && !version.matches(NUMERIC_VERSION)) {
            problems.add("module.version '" + version + "' is not numeric");
        }
        for (String key : List.of("module.repo.version.min", "module.repo.version.max")) {
            String v = p.getProperty(key, "").trim();
            if (!v.isEmpty() && !v.matches(NUMERIC_VERSION)) {
                problems.add(key + " '" + v + "' is not a version number MMT can compare");
            }
        }
        p.stringPropertyNames().stream()
                .filter(k -> k.startsWith("module.") && k.endsWith(".version.min") && !k.equals("module.repo.version.min"))
                .forEach(k -> problems.add(k + " is not a key MMT knows (it checks module.repo.version.min against the WAR)"));
    }

    private void checkJarContents(String jar, ZipInputStream in) throws IOException {
        for (ZipEntry c; (c = in.getNextEntry()) != null; ) {
            String n = c.getName();
            if (n.startsWith("org/alfresco/") || n.startsWith("org/springframework/")) {
                problems.add("lib/" + jar + " contains " + n + " (Alfresco API declarations and Spring are supplied by ACS)");
                return;
            }
        }
    }

    /** True when lib/ holds a jar of that artifact (artifactId-version.jar). */
    public boolean hasJar(String artifactId) {
        return jars.stream().anyMatch(j -> j.matches("\\Q" + artifactId + "\\E-\\d.*\\.jar"));
    }

    /** The bytes of an entry inside a jar under lib/ whose name starts with jarPrefix, or null. */
    public byte[] entryInJar(String jarPrefix, String entry) throws IOException {
        try (ZipFile zip = new ZipFile(amp.toFile())) {
            for (String jar : jars) {
                if (!jar.startsWith(jarPrefix)) {
                    continue;
                }
                try (ZipInputStream in = new ZipInputStream(zip.getInputStream(zip.getEntry("lib/" + jar)))) {
                    for (ZipEntry c; (c = in.getNextEntry()) != null; ) {
                        if (c.getName().equals(entry)) {
                            return in.readAllBytes();
                        }
                    }
                }
            }
        }
        return null;
    }
}
