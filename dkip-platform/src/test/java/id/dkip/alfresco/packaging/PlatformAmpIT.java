package id.dkip.alfresco.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built repository AMP (target/dkip-platform-*.amp, after the package phase) is what MMT installs into
 * alfresco.war: module.properties with a numeric version at its root, the module and core jars under lib/,
 * nothing ACS 26.1 already ships and no Alfresco, Surf or Spring classes.
 */
class PlatformAmpIT {
    private static AmpInspector amp;

    @BeforeAll
    static void inspect() throws IOException {
        Path file = Path.of(System.getProperty("dkip.amp", "target/dkip-platform.amp"));
        assertThat(file).as("the AMP built by the package phase").exists();
        amp = AmpInspector.inspect(file);
    }

    @Test
    void isLaidOutAsMmtExpectsAndBringsNoAcsLibrary() {
        assertThat(amp.problems()).isEmpty();
    }

    @Test
    void identifiesTheModuleWithANumericVersion() {
        Properties p = amp.moduleProperties();
        assertThat(p.getProperty("module.id")).isEqualTo("dkip-platform");
        String projectVersion = System.getProperty("dkip.project.version", "");
        assertThat(p.getProperty("module.version")).matches("\\d+\\.\\d+\\.\\d+")
                .isEqualTo(projectVersion.replaceFirst("-SNAPSHOT$", ""));
        assertThat(p.getProperty("module.repo.version.min")).isEqualTo("25.1");
    }

    @Test
    void carriesTheModuleAndCoreJarsWithTheirOwnThirdPartyLibraries() {
        assertThat(amp.hasJar("dkip-platform")).isTrue();
        assertThat(amp.hasJar("dkip-core")).isTrue();
        assertThat(amp.hasJar("alfresco-api")).isFalse();
        // ACS 26.1's Tika has no PDFBox: the module brings it
        assertThat(amp.hasJar("pdfbox")).isTrue();
        // nor jackson-datatype-jsr310 (the register's JSON export needs it: NoClassDefFoundError without it)
        assertThat(amp.hasJar("jackson-datatype-jsr310")).isTrue();
        assertThat(amp.hasJar("jackson-databind")).isFalse();
        assertThat(amp.hasJar("jackson-core")).isFalse();
    }

    @Test
    void theModuleJarCarriesTheSpringEntryPointAndTheSameModuleProperties() throws IOException {
        assertThat(amp.entryInJar("dkip-platform-", "alfresco/module/dkip-platform/module-context.xml")).isNotNull();
        byte[] inJar = amp.entryInJar("dkip-platform-", "alfresco/module/dkip-platform/module.properties");
        assertThat(inJar).isNotNull();
        Properties jarProperties = new Properties();
        jarProperties.load(new ByteArrayInputStream(inJar));
        assertThat(jarProperties).isEqualTo(amp.moduleProperties());
    }
}
