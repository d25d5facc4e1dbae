package id.dkip.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitGroupsTest {

    @Test
    void explicitMapWinsThenThePattern() {
        UnitGroups g = UnitGroups.parse("YANKES=GROUP_PPID_KESEHATAN; sekret = GROUP_SEKRETARIAT", UnitGroups.DEFAULT_PATTERN);
        assertThat(g.groupOf(" yankes ")).contains("GROUP_PPID_KESEHATAN");
        assertThat(g.groupOf("SEKRET")).contains("GROUP_SEKRETARIAT");
        assertThat(g.groupOf("p2p")).contains("GROUP_DKIP_PPID_P2P");
        assertThat(g.groupOf("a b/c")).as("no injection into the group name").contains("GROUP_DKIP_PPID_A_B_C");
        assertThat(g.groupOf(null)).isEmpty();
        assertThat(g.groupOf(" ")).isEmpty();
    }

    @Test
    void withoutPatternOnlyMappedUnitsHaveAGroup() {
        UnitGroups g = UnitGroups.parse("YANKES=GROUP_A", "");
        assertThat(g.groupOf("YANKES")).contains("GROUP_A");
        assertThat(g.groupOf("P2P")).isEmpty();
    }

    @Test
    void badConfigurationFailsNamingTheKey() {
        assertThatThrownBy(() -> UnitGroups.parse("YANKES", "")).hasMessageContaining("dkip.access.unitGroups").hasMessageContaining("YANKES");
        assertThatThrownBy(() -> UnitGroups.parse("YANKES=site_x_SiteConsumer", "")).hasMessageContaining("GROUP_");
        assertThatThrownBy(() -> UnitGroups.parse("", "GROUP_FIXED")).hasMessageContaining("dkip.access.unitGroupPattern");
    }

    @Test
    void recognisesAUnitsGroup() {
        UnitGroups g = UnitGroups.parse("YANKES=GROUP_PPID_KESEHATAN", UnitGroups.DEFAULT_PATTERN);
        assertThat(g.isUnitGroup("GROUP_PPID_KESEHATAN")).isTrue();
        assertThat(g.isUnitGroup("GROUP_DKIP_PPID_P2P")).isTrue();
        assertThat(g.isUnitGroup("GROUP_DKIP_PPID_")).isFalse();
        assertThat(g.isUnitGroup("GROUP_site_dinkes_SiteConsumer")).isFalse();
        assertThat(UnitGroups.parse("", "").isUnitGroup("GROUP_DKIP_PPID_P2P")).isFalse();
    }
}
