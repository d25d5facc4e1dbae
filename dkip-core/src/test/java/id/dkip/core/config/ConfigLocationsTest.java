package id.dkip.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLocationsTest {

    @Test
    void splitIgnoresBlanks() {
        assertThat(ConfigLocations.split(null)).isEmpty();
        assertThat(ConfigLocations.split(" , a.csv,, classpath:b.csv ")).containsExactly("a.csv", "classpath:b.csv");
    }

    @Test
    void optionalLocationsAreDroppedOnlyWhenAbsent(@TempDir Path dir) throws Exception {
        Path present = Files.writeString(dir.resolve("x.csv"), "2027-01-01,libur,X\n");
        List<String> kept = ConfigLocations.present(List.of("optional:file:" + present, "optional:file:" + dir.resolve("none.csv"),
                "optional:classpath:id/dkip/core/calendar/hari-libur.csv", "file:" + dir.resolve("required.csv")));
        assertThat(kept).containsExactly("file:" + present, "classpath:id/dkip/core/calendar/hari-libur.csv",
                "file:" + dir.resolve("required.csv"));
    }

    @Test
    void opensClasspathFilePrefixedAndPlainPaths(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("x.txt"), "isi");
        for (String loc : List.of("file:" + f, f.toString())) {
            try (InputStream in = ConfigLocations.open(loc)) {
                assertThat(new String(in.readAllBytes())).isEqualTo("isi");
            }
        }
        try (InputStream in = ConfigLocations.open("classpath:/id/dkip/core/access/access-table.properties")) {
            assertThat(new String(in.readAllBytes())).contains("level.TERBATAS=");
        }
        assertThatThrownBy(() -> ConfigLocations.open("classpath:nowhere/x.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classpath:nowhere/x.csv");
    }
}
