package id.dkip.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitSitesTest {

    @Test
    void aSiteGivesItsUnitInCapitals() {
        UnitSites s = UnitSites.parse(" yankes = dinkes-yankes ; SEKRET=Dinkes-Sekretariat,");
        assertThat(s.unitOf("dinkes-yankes")).contains("YANKES");
        assertThat(s.unitOf("dinkes-sekretariat")).as("site names compare ignoring case").contains("SEKRET");
        assertThat(s.unitOf("dinkes-p2p")).isEmpty();
        assertThat(s.unitOf(null)).isEmpty();
        assertThat(UnitSites.parse("").unitOf("dinkes-yankes")).isEmpty();
        assertThat(UnitSites.parse(" ").isEmpty()).isTrue();
        assertThat(s.isEmpty()).isFalse();
    }

    @Test
    void badConfigurationFailsNamingTheKeyAndPair() {
        assertThatThrownBy(() -> UnitSites.parse("YANKES")).hasMessageContaining("dkip.access.unitSites").hasMessageContaining("YANKES");
        assertThatThrownBy(() -> UnitSites.parse("=site")).hasMessageContaining("'=site'");
        assertThatThrownBy(() -> UnitSites.parse("YANKES=s1;P2P=S1")).hasMessageContaining("two units").hasMessageContaining("P2P");
    }
}
