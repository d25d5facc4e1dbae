package id.dkip.alfresco.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Docker stack as read against Alfresco's acs-deployment 26.1 compose (nothing here can run Docker): the
 * images built locally are never pulled, the repository gets time for a first boot, and MMT installs the DKIP AMP
 * alone, without {@code -force}, so a conflict with the image's own AMPs stops the build.
 */
class DockerFilesTest {

    private static final Path DOCKER = Path.of("../docker");

    @Test
    void builtImagesAreNeverPulledAndTheRepositoryMayBootSlowly() throws IOException {
        String compose = Files.readString(DOCKER.resolve("docker-compose.yml"));
        assertThat(compose.split("pull_policy: build", -1)).hasSize(3); // alfresco and share
        Matcher alfresco = Pattern.compile("(?s)\\n  alfresco:.*?start_period: (\\d+)m").matcher(compose);
        assertThat(alfresco.find()).isTrue();
        assertThat(Integer.parseInt(alfresco.group(1))).isGreaterThanOrEqualTo(5);
        assertThat(compose).contains("condition: service_healthy");
    }

    @Test
    void mmtInstallsTheDkipAmpAloneWithoutForce() throws IOException {
        for (String f : new String[] {"alfresco/Dockerfile", "share/Dockerfile"}) {
            String docker = Files.readString(DOCKER.resolve(f));
            String install = docker.substring(docker.indexOf("alfresco-mmt*.jar install"));
            install = install.substring(0, install.indexOf("&&"));
            assertThat(install).as(f).contains("/tmp/dkip/dkip-").doesNotContain("-force").doesNotContain("-directory");
        }
    }

    @Test
    void theReadmeListsStart() throws IOException {
        assertThat(Files.readString(Path.of("../README.md"))).contains("./docker/run.sh start");
        assertThat(Files.readString(DOCKER.resolve("run.sh"))).contains("start) ");
    }
}
