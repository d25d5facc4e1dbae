package id.dkip.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/**
 * The built Share AMP (after the package phase) is what MMT installs into share.war: module.properties at the
 * root with the keys MMT reads (it compares module.repo.version.min with share.war's version), the module jar
 * under lib/, web/ mapped by file-mapping.properties, and no Alfresco, Surf or Spring classes.
 */
class ShareAmpIT {
    private static final Path AMP = Path.of(System.getProperty("dkip.amp", "target/dkip-share.amp"));

    @Test
    void modulePropertiesAreWhatMmtReads() throws IOException {
        try (ZipFile zip = new ZipFile(AMP.toFile())) {
            ZipEntry entry = zip.getEntry("module.properties");
            assertThat(entry).as("module.properties at the AMP root").isNotNull();
            Properties p = new Properties();
            try (InputStream in = zip.getInputStream(entry)) {
                p.load(in);
            }
            assertThat(p.getProperty("module.id")).isEqualTo("dkip-share");
            assertThat(p.getProperty("module.version")).matches("\\d+\\.\\d+\\.\\d+");
            assertThat(p.getProperty("module.title")).isNotBlank();
            assertThat(p.getProperty("module.description")).isNotBlank();
            assertThat(p.getProperty("module.repo.version.min")).isEqualTo("25.1");
            assertThat(p.stringPropertyNames()).noneMatch(k -> p.getProperty(k).contains("${"));
            assertThat(p.stringPropertyNames()).doesNotContain("module.share.version.min");
        }
    }

    @Test
    void carriesTheModuleJarAndMappedWebResourcesOnly() throws IOException {
        List<String> jars = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        boolean web = false;
        try (ZipFile zip = new ZipFile(AMP.toFile())) {
            for (ZipEntry e : zip.stream().filter(e -> !e.isDirectory()).toList()) {
                String name = e.getName();
                web |= name.startsWith("web/");
                if (name.matches("lib/[^/]+\\.jar")) {
                    jars.add(name.substring(4));
                    try (ZipInputStream in = new ZipInputStream(zip.getInputStream(e))) {
                        for (ZipEntry c; (c = in.getNextEntry()) != null; ) {
                            assertThat(c.getName()).as("class in " + name).doesNotStartWith("org/alfresco/").doesNotStartWith("org/springframework/");
                        }
                    }
                } else if (!name.matches("module\\.properties|file-mapping\\.properties|config/.+|web/.+|licenses/.+")) {
                    outside.add(name);
                }
            }
            assertThat(jars).singleElement().satisfies(j -> assertThat(j).matches("dkip-share-\\d.*\\.jar"));
            assertThat(outside).as("entries outside MMT's AMP layout").isEmpty();
            if (web) {
                assertThat(zip.getEntry("file-mapping.properties")).isNotNull();
            }
        }
    }
}
