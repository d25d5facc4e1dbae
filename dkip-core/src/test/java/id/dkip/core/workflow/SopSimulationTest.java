package id.dkip.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.process.SopSchedule;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.register.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SopSimulationTest {

    @Test
    void simulationRunsEverySopStepAndReportsRoleDueDateAndOutcome() {
        List<Unit> units = List.of(new Unit("YANKES", "Bidang Pelayanan Kesehatan", "GROUP_DKIP_PPID_YANKES"),
                new Unit("P2P", "Bidang Pencegahan dan Pengendalian Penyakit", "GROUP_DKIP_PPID_P2P"));
        Map<String, List<DkipEntry>> entries = Map.of(
                "GROUP_DKIP_PPID_YANKES", List.of(DkipEntry.builder().id("y1").unitCode("YANKES").information("Rekam medis").build(),
                        DkipEntry.builder().id("y2").unitCode("YANKES").information("Data tenaga kesehatan").build()),
                "GROUP_DKIP_PPID_P2P", List.of(DkipEntry.builder().id("p1").unitCode("P2P").information("Data pasien TB").build()));
        var setup = new SopSimulation.Setup(units, entries, IntStream.rangeClosed(1, 7).mapToObj(i -> "anggota" + i).toList(),
                "800/1-Dinkes/2026", null, SopEngineFixture.START, List.of("y2"));
        InMemoryDocuments docs = new InMemoryDocuments();
        List<SopSimulation.StepRecord> seen = new ArrayList<>();
        var result = new SopSimulation(SopSchedule.standard(), WorkingDayCalendar.standard())
                .run("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", setup, docs, ProposalValidator.NONE, seen::add);

        assertThat(result.ended()).isTrue();
        assertThat(seen).isEqualTo(result.steps());
        assertThat(result.steps()).extracting(SopSimulation.StepRecord::step)
                .containsExactly(1, 1, 2, 3, 3, 4, 5, 5, 6, 6);
        assertThat(result.steps()).allSatisfy(r -> {
            assertThat(r.role()).startsWith("GROUP_DKIP_");
            assertThat(r.dueDate()).isNotNull();
            assertThat(r.completedOn()).isBeforeOrEqualTo(r.dueDate());
            assertThat(r.outcome()).isNotBlank();
        });
        assertThat(result.steps().get(3).outcome()).contains("tidak tercapai");
        assertThat(result.steps().get(4).outcome()).contains("Kuorum tercapai");
        assertThat(result.register()).filteredOn(e -> e.status() == EntryStatus.DITETAPKAN).extracting(DkipEntry::id)
                .containsExactlyInAnyOrder("y1", "p1");
        assertThat(docs.produced()).hasSize(7);
        assertThat(result.workingDays()).isBetween(6, 14);
        assertThat(result.notices()).isEmpty();
    }

    @Test
    void aRunStartedAtTheEndOfTheLoadedYearsRecordsItsProvisionalDueDates() {
        List<Unit> units = List.of(new Unit("YANKES", "Bidang Pelayanan Kesehatan", "GROUP_DKIP_PPID_YANKES"));
        Map<String, List<DkipEntry>> entries = Map.of("GROUP_DKIP_PPID_YANKES",
                List.of(DkipEntry.builder().id("y1").unitCode("YANKES").information("Rekam medis").build()));
        var setup = new SopSimulation.Setup(units, entries, IntStream.rangeClosed(1, 7).mapToObj(i -> "anggota" + i).toList(),
                "800/1-Dinkes/2026", null, java.time.ZonedDateTime.of(2026, 12, 29, 9, 0, 0, 0, SopEngineFixture.WIB), List.of());
        var result = new SopSimulation(SopSchedule.standard(), WorkingDayCalendar.standard())
                .run("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", setup, new InMemoryDocuments(), ProposalValidator.NONE, r -> { });

        // the bundled decrees end with 2026: every due date in 2027 is provisional, and only those
        assertThat(result.steps()).isNotEmpty().allSatisfy(r ->
                assertThat(r.dueProvisional()).as(r.stepKey() + " due " + r.dueDate()).isEqualTo(r.dueDate().getYear() == 2027));
        assertThat(result.steps()).anyMatch(SopSimulation.StepRecord::dueProvisional);
    }
}
