package id.dkip.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.Unit;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessTableTest {

    private static final Unit YANKES = new Unit("YANKES", "Bidang Pelayanan Kesehatan", "GROUP_DKIP_PPID_YANKES");
    private final AccessTable table = AccessTable.standard();

    @Test
    void perLevelWithTheOwningUnitsPpidPembantu() {
        assertThat(table.readers(SecurityLevel.BIASA, YANKES)).containsExactly("GROUP_EVERYONE", "GROUP_DKIP_PPID_YANKES");
        assertThat(table.readers(SecurityLevel.BIASA, null)).containsExactly("GROUP_EVERYONE");
        assertThat(table.readers(SecurityLevel.TERBATAS, YANKES)).containsExactly("GROUP_DKIP_PENGELOLA_DATA",
                "GROUP_DKIP_PPID", "GROUP_DKIP_ATASAN_PPID", "GROUP_DKIP_PPID_YANKES", "GROUP_DKIP_AUDITOR");
        assertThat(table.readers(SecurityLevel.RAHASIA, YANKES)).containsExactly("GROUP_DKIP_PPID",
                "GROUP_DKIP_ATASAN_PPID", "GROUP_DKIP_PPID_YANKES", "GROUP_DKIP_AUDITOR");
        assertThat(table.readers(SecurityLevel.SANGAT_RAHASIA, YANKES)).containsExactly("GROUP_DKIP_ATASAN_PPID",
                "GROUP_DKIP_PPID_YANKES");
        assertThat(table.readers(SecurityLevel.SANGAT_RAHASIA, new Unit("P2P", "P2P", "GROUP_DKIP_PPID_P2P")))
                .containsExactly("GROUP_DKIP_ATASAN_PPID", "GROUP_DKIP_PPID_P2P");
    }

    @Test
    void restrictedLevelsNeedTheOwnersGroup() {
        assertThatThrownBy(() -> table.readers(SecurityLevel.RAHASIA, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PPID Pembantu");
        assertThatThrownBy(() -> table.readers(SecurityLevel.RAHASIA, new Unit("X", "X", " ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X");
    }

    private static AccessTable parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return AccessTable.fromProperties(p, "test");
    }

    @Test
    void ownerKeepsAccessEvenWhenNotListedAndUnitCodePlaceholder() throws IOException {
        AccessTable t = parse("""
                level.BIASA=GROUP_EVERYONE
                level.Terbatas=GROUP_DKIP_UNIT_{unit.code}
                level.RAHASIA=GROUP_DKIP_PPID
                level.Sangat\\ Rahasia=GROUP_DKIP_ATASAN_PPID
                """);
        assertThat(t.readers(SecurityLevel.TERBATAS, YANKES)).containsExactly("GROUP_DKIP_UNIT_YANKES", "GROUP_DKIP_PPID_YANKES");
        assertThat(t.readers(SecurityLevel.RAHASIA, YANKES)).containsExactly("GROUP_DKIP_PPID", "GROUP_DKIP_PPID_YANKES");
        assertThat(t.rawReaders(SecurityLevel.TERBATAS)).containsExactly("GROUP_DKIP_UNIT_{unit.code}");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "level.RAHASIA_SEKALI=GROUP_A",                    // unknown level
            "level.RAHASIA=GROUP_A,,GROUP_B",                  // empty group
            "level.RAHASIA=",                                  // no group
            "level.RAHASIA=GROUP_A,{unit.kepala}",             // unknown placeholder
            "level.RAHASIA=GROUP A",                           // space in a group name
            "level.RAHASIA=GROUP_{unit.code",                  // unbalanced placeholder
            "rahasia=GROUP_A"                                  // not a level key
    })
    void badSyntaxFailsClearly(String line) {
        String rest = "level.BIASA=GROUP_EVERYONE\nlevel.TERBATAS=GROUP_T\nlevel.SANGAT_RAHASIA=GROUP_S\n";
        String text = line.startsWith("level.RAHASIA") ? rest + line : rest + "level.RAHASIA=GROUP_R\n" + line;
        assertThatThrownBy(() -> parse(text)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test");
    }

    @Test
    void everyLevelMustBeListed() {
        assertThatThrownBy(() -> parse("level.BIASA=GROUP_EVERYONE\nlevel.TERBATAS=GROUP_T\nlevel.RAHASIA=GROUP_R\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level.SANGAT_RAHASIA");
    }

    @Test
    void overrideFromAFileAndDefaultWhenBlank(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("akses.properties");
        Files.writeString(f, "level.BIASA=GROUP_EVERYONE\nlevel.TERBATAS=GROUP_T\nlevel.RAHASIA=GROUP_R\nlevel.SANGAT_RAHASIA=GROUP_S\n");
        assertThat(AccessTable.load("file:" + f).readers(SecurityLevel.RAHASIA, YANKES)).containsExactly("GROUP_R", "GROUP_DKIP_PPID_YANKES");
        assertThat(AccessTable.load(" ").rawReaders(SecurityLevel.BIASA)).containsExactly("GROUP_EVERYONE");
        assertThatThrownBy(() -> AccessTable.load("file:" + dir.resolve("missing.properties")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.properties");
    }
}
