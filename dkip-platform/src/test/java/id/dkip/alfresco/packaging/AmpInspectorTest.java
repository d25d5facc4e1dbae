package id.dkip.alfresco.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The AMP checks of {@link AmpInspector} catch each kind of mistake (so PlatformAmpIT can fail). */
class AmpInspectorTest {
    private static final String GOOD_PROPERTIES = "module.id=dkip-platform\nmodule.version=1.0.0\nmodule.title=T\n"
            + "module.description=D\nmodule.repo.version.min=25.1\n";

    @TempDir
    Path dir;

    @Test
    void aWellFormedAmpHasNoProblems() throws IOException {
        Path amp = amp(Map.of("module.properties", GOOD_PROPERTIES.getBytes(StandardCharsets.ISO_8859_1),
                "lib/dkip-platform-1.0.0.jar", jar(Map.of("id/dkip/alfresco/X.class", new byte[1])),
                "lib/dkip-core-1.0.0.jar", jar(Map.of("id/dkip/core/Y.class", new byte[1])),
                "config/alfresco/extension/readme.txt", new byte[1]));
        AmpInspector inspector = AmpInspector.inspect(amp);
        assertThat(inspector.problems()).isEmpty();
        assertThat(inspector.hasJar("dkip-core")).isTrue();
        assertThat(inspector.hasJar("dkip")).isFalse();
    }

    @Test
    void findsEveryKindOfMistake() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("module.properties", ("module.id=${project.artifactId}\nmodule.version=1.0.0-SNAPSHOT\nmodule.title=T\n"
                + "module.share.version.min=25.1\n").getBytes(StandardCharsets.ISO_8859_1));
        entries.put("lib/dkip-platform-1.0.0.jar", jar(Map.of("org/alfresco/service/cmr/repository/NodeRef.class", new byte[1])));
        entries.put("lib/activiti-engine-5.23.0.jar", jar(Map.of("org/activiti/X.class", new byte[1])));
        entries.put("lib/tika-core-3.2.3.jar", jar(Map.of("org/apache/tika/X.class", new byte[1])));
        entries.put("lib/my-lib.jar", jar(Map.of("org/springframework/extensions/webscripts/X.class", new byte[1])));
        entries.put("log4j2.properties", new byte[1]);
        entries.put("web/dkip/x.css", new byte[1]);
        assertThat(AmpInspector.inspect(amp(entries)).problems()).hasSize(11)
                .anySatisfy(p -> assertThat(p).contains("module.description"))
                .anySatisfy(p -> assertThat(p).contains("unfiltered"))
                .anySatisfy(p -> assertThat(p).contains("has characters MMT refuses"))
                .anySatisfy(p -> assertThat(p).contains("'1.0.0-SNAPSHOT' is not numeric"))
                .anySatisfy(p -> assertThat(p).contains("module.share.version.min is not a key MMT knows"))
                .anySatisfy(p -> assertThat(p).contains("dkip-platform-1.0.0.jar contains org/alfresco/"))
                .anySatisfy(p -> assertThat(p).contains("activiti-engine-5.23.0.jar is a library ACS 26.1 already ships"))
                .anySatisfy(p -> assertThat(p).contains("tika-core-3.2.3.jar is a library ACS 26.1 already ships"))
                .anySatisfy(p -> assertThat(p).contains("my-lib.jar contains org/springframework/extensions/"))
                .anySatisfy(p -> assertThat(p).contains("log4j2.properties is outside the AMP layout"))
                .anySatisfy(p -> assertThat(p).contains("without file-mapping.properties"));
    }

    @Test
    void anAmpWithoutModulePropertiesOrJarsIsRejected() throws IOException {
        assertThat(AmpInspector.inspect(amp(Map.of("config/x.txt", new byte[1]))).problems())
                .containsExactlyInAnyOrder("no module.properties at the AMP root", "no jar under lib/");
    }

    private Path amp(Map<String, byte[]> entries) throws IOException {
        Path amp = Files.createTempFile(dir, "test", ".amp");
        try (OutputStream out = Files.newOutputStream(amp)) {
            out.write(zip(entries));
        }
        return amp;
    }

    private static byte[] jar(Map<String, byte[]> entries) throws IOException {
        return zip(entries);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
