package id.dkip.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The executable jar bundles the core and its libraries but never Alfresco's API declarations or Surf. */
class ShadedJarContentsIT {

    @Test
    void containsNoAlfrescoOrSurfClasses() throws IOException {
        Path jar = Path.of(System.getProperty("dkip.cli.jar", "target/dkip-cli-all.jar"));
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).as("the core is bundled").anyMatch(n -> n.startsWith("id/dkip/core/"));
            assertThat(names).as("Alfresco API or Surf classes in " + jar)
                    .noneMatch(n -> n.startsWith("org/alfresco/") || n.startsWith("org/springframework/extensions/"));
        }
    }
}
