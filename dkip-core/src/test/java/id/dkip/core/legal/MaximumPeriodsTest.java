package id.dkip.core.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MaximumPeriodsTest {

    @Test
    void defaultIsOnlyTheVerifiedLawEnforcementMaximum() {
        MaximumPeriods m = MaximumPeriods.standard();
        assertThat(m.asMap()).containsOnlyKeys("17a").containsEntry("17a", 30);
        assertThat(m.maximumYears("17a2")).contains(30);
        for (String unverified : new String[] {"17b", "17c1", "17d", "17e6", "17f2", "17h2", "17j"}) {
            assertThat(m.maximumYears(unverified)).as(unverified).isEmpty();
        }
    }

    @Test
    void pointOverridesLetterAndEmptyUnsets() {
        MaximumPeriods m = MaximumPeriods.parse("17a=30; 17a2 = 10, 17c=25, 17c=");
        assertThat(m.maximumYears("17a1")).contains(30);
        assertThat(m.maximumYears("17a2")).contains(10);
        assertThat(m.maximumYears("17c3")).isEmpty();
        assertThat(MaximumPeriods.parse("").asMap()).isEmpty();
        assertThat(MaximumPeriods.parse(null).asMap()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"17a", "17k=10", "17a=0", "17a=tiga puluh", "=30"})
    void badSpecsFailNamingThePart(String spec) {
        assertThatThrownBy(() -> MaximumPeriods.parse("17b=20, " + spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Bad maximum period '" + spec + "'");
    }
}
