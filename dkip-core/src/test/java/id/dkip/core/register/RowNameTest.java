package id.dkip.core.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RowNameTest {

    /**
     * The repository's rule for cm:name (constraint cm:filename in Alfresco's contentModel.xml, requiresMatch=false:
     * a name matching it is refused): a forbidden character, a trailing dot, a trailing space.
     */
    static final Pattern REFUSED = Pattern.compile("(.*[\\\"\\*\\\\\\>\\<\\?\\/\\:\\|]+.*)|(.*[\\.]?.*[\\.]+$)|(.*[ ]+$)");

    static void assertValidName(String name) {
        assertThat(name).isNotBlank().hasSizeLessThanOrEqualTo(RowName.MAX_LENGTH);
        assertThat(REFUSED.matcher(name).matches()).as("cm:filename refuses '%s'", name).isFalse();
        assertThat(name.chars().noneMatch(Character::isISOControl)).as("no control characters in '%s'", name).isTrue();
    }

    @Test
    void numberThenInformation() {
        assertThat(RowName.of(3, "Rekam medis pasien")).isEqualTo("3 - Rekam medis pasien");
        assertThat(RowName.of(null, "Rekam medis pasien")).isEqualTo("Rekam medis pasien");
        assertThat(RowName.of(7, "  ")).isEqualTo("7");
        assertThat(RowName.of(null, null)).isEqualTo(RowName.FALLBACK);
    }

    @Test
    void charactersAFileNameCannotHoldAreReplacedAndTheEndIsTrimmed() {
        String name = RowName.of(12, "Data: \"NIK\" / KK * <pasien>?\n\tno | 2\\3 ...  ");
        assertThat(name).isEqualTo("12 - Data NIK KK pasien no 2 3");
        assertValidName(name);
        assertValidName(RowName.of(null, "???"));
        assertThat(RowName.of(null, "???")).isEqualTo(RowName.FALLBACK);
    }

    @Test
    void longInformationIsCutAtAWordWithinTheCap() {
        String info = "Dokumen perencanaan pengadaan alat kesehatan yang memuat spesifikasi teknis dan harga perkiraan sendiri untuk tahun anggaran berjalan";
        String name = RowName.of(104, info);
        assertValidName(name);
        assertThat(name).startsWith("104 - Dokumen perencanaan").endsWith("…");
        assertThat(name.substring(0, name.length() - 1)).doesNotEndWith(" ");
        assertThat(info).contains(name.substring(6, name.length() - 1));
        assertValidName(RowName.of(1, "x".repeat(500) + "."));
    }

    @Test
    void aTakenNameGetsTheFirstFreeNumberedSuffix() {
        Set<String> taken = new HashSet<>(Set.of("3 - Rekam medis", "3 - Rekam medis (2)"));
        assertThat(RowName.unique("3 - Rekam medis", taken::contains)).isEqualTo("3 - Rekam medis (3)");
        assertThat(RowName.unique("4 - Rekam medis", taken::contains)).isEqualTo("4 - Rekam medis");
    }

    @Test
    void aSuffixedLongNameStaysWithinTheCap() {
        String base = RowName.of(1, "kata ".repeat(40));
        assertThat(base).hasSize(RowName.MAX_LENGTH - 1); // cut at a word, then "…"
        String name = RowName.unique(base, n -> n.equals(base) || n.endsWith("(2)"));
        assertThat(name).endsWith("… (3)");
        assertValidName(name);
    }

    @Test
    void aPredicateThatRefusesEverythingFailsInsteadOfLoopingForever() {
        assertThatThrownBy(() -> RowName.unique("x", n -> true)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No free row name");
    }

    @Test
    void recognisesTheGuidNamesARepositoryMakesUp() {
        assertThat(RowName.isGenerated("0c8c1f3e-7f4a-4b8e-9d7e-2b1a3c4d5e6f")).isTrue();
        assertThat(RowName.isGenerated(null)).isTrue();
        assertThat(RowName.isGenerated("3 - Rekam medis pasien")).isFalse();
    }
}
