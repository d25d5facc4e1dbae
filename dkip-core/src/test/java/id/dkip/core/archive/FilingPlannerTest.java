package id.dkip.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.register.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FilingPlannerTest {

    static final Unit YANKES = new Unit("YANKES", "Bidang Pelayanan Kesehatan", "GROUP_DKIP_PPID_YANKES");
    static final Retention JRA = new Retention("PR.02", 2, 5, "dinilai kembali");

    final FilingPlanner planner = new FilingPlanner(new FakeArchiveRules(), JRA);

    static DkipEntry.Builder established() {
        return DkipEntry.builder().id("e1").unitCode("YANKES").information("Rekam medis pasien")
                .grounds(List.of("17h2")).publicInterest("lebih besar")
                .period(ExemptionPeriod.ofYears(5, "5 tahun")).periodStart(LocalDate.of(2026, 1, 5))
                .securityLevel(SecurityLevel.RAHASIA).status(EntryStatus.DITETAPKAN);
    }

    @Test
    void anEstablishedValidEntryIsFiledWithDatesPermissionsFolderAndRetention() {
        FilingDecision d = planner.plan(established().build(), YANKES);

        assertThat(d.outcome()).isEqualTo(FilingDecision.Outcome.FILE);
        assertThat(d.expiry()).isEqualTo(LocalDate.of(2031, 1, 5));
        assertThat(d.reviewDate()).isBefore(d.expiry());
        assertThat(d.folderName()).isEqualTo("Rahasia");
        assertThat(d.permissions().inherit()).isFalse();
        assertThat(d.permissions().grants()).containsExactlyInAnyOrderEntriesOf(Map.of(
                FakeArchiveRules.PPID_UTAMA, "Consumer", "GROUP_DKIP_PPID_YANKES", "Collaborator"));
        assertThat(d.retention()).isEqualTo(JRA);
    }

    @Test
    void everyLevelGetsExactlyTheAccessTableGroupsAndTheOwnerKeepsCollaborator() {
        assertThat(planner.permissions(SecurityLevel.TERBATAS, YANKES).grants()).containsOnlyKeys(
                FakeArchiveRules.PPID_UTAMA, FakeArchiveRules.AUDITOR, "GROUP_DKIP_PPID_YANKES");
        assertThat(planner.permissions(SecurityLevel.SANGAT_RAHASIA, YANKES).grants()).containsExactlyInAnyOrderEntriesOf(Map.of(
                FakeArchiveRules.PIMPINAN, "Consumer", "GROUP_DKIP_PPID_YANKES", "Collaborator"));
        assertThat(planner.permissions(SecurityLevel.BIASA, YANKES).inherit()).isTrue();
        assertThat(planner.permissions(null, YANKES).grants()).containsExactly(Map.entry("GROUP_DKIP_PPID_YANKES", "Collaborator"));
    }

    @Test
    void anInvalidEntryIsRefusedWithEveryFinding() {
        FilingDecision d = planner.plan(established().grounds(List.of()).securityLevel(SecurityLevel.BIASA)
                .publicInterest(null).build(), YANKES);

        assertThat(d.outcome()).isEqualTo(FilingDecision.Outcome.REFUSE);
        assertThat(d.findings()).extracting(f -> f.code())
                .containsExactly("DKIP-GROUND-MISSING", "DKIP-LEVEL-PUBLIC", "DKIP-PUBLIC-INTEREST-MISSING");
        assertThat(d.errors()).hasSize(2);
        assertThat(d.permissions()).isNull();
    }

    @Test
    void warningsAloneDoNotRefuse() {
        FilingDecision d = planner.plan(established().publicInterest(null).build(), YANKES);
        assertThat(d.outcome()).isEqualTo(FilingDecision.Outcome.FILE);
        assertThat(d.findings()).hasSize(1);
    }

    @Test
    void eventBoundPeriodsHaveNoDates() {
        FilingDecision d = planner.plan(established().period(ExemptionPeriod.untilEvent("persetujuan pasien", "sampai ada persetujuan")).build(), YANKES);
        assertThat(d.outcome()).isEqualTo(FilingDecision.Outcome.FILE);
        assertThat(d.eventBound()).isTrue();
        assertThat(d.expiryDate()).isEmpty();
        assertThat(d.review()).isEmpty();
    }

    @Test
    void draftsAreNotFiledAndOpenedEntriesAreReleased() {
        assertThat(planner.plan(established().status(EntryStatus.USULAN).grounds(List.of()).build(), YANKES).outcome())
                .isEqualTo(FilingDecision.Outcome.DRAFT);
        FilingDecision opened = planner.plan(established().status(EntryStatus.DIBUKA).build(), YANKES);
        assertThat(opened.outcome()).isEqualTo(FilingDecision.Outcome.RELEASE);
        assertThat(opened.permissions().inherit()).isTrue();
    }

    @Test
    void biasaFolderNameHasNoSlash() {
        assertThat(FilingPlanner.folderName(SecurityLevel.BIASA)).isEqualTo("Biasa-Terbuka");
        assertThat(FilingPlanner.folderName(SecurityLevel.SANGAT_RAHASIA)).isEqualTo("Sangat Rahasia");
    }
}
