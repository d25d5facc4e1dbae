package id.dkip.core.archive;

import static org.assertj.core.api.Assertions.assertThat;

import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpiryPlannerTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    final FakeArchiveRules rules = new FakeArchiveRules().holidays(
            LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20),
            LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 24));

    ExpiryPlanner at(LocalDate day) {
        return new ExpiryPlanner(rules, Clock.fixed(day.atStartOfDay(WIB).plusHours(1).toInstant(), WIB));
    }

    static DkipEntry dated(String id, LocalDate expiry, LocalDate review) {
        return DkipEntry.builder().id(id).status(EntryStatus.DITETAPKAN).period(ExemptionPeriod.until(expiry, "s.d."))
                .expiryDate(expiry).reviewDate(review).build();
    }

    @Test
    void reviewOnTheReviewDateOpenAtExpiryNothingBefore() {
        DkipEntry e = dated("a", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 3, 17));
        assertThat(at(LocalDate.of(2026, 3, 16)).decide(e, LocalDate.of(2026, 3, 16)).action()).isEqualTo(ExpiryPlanner.Action.NOT_DUE);
        assertThat(at(LocalDate.of(2026, 3, 17)).plan(List.of(e)).reviews()).hasSize(1);
        assertThat(at(LocalDate.of(2026, 5, 4)).plan(List.of(e)).openings()).hasSize(1);
    }

    @Test
    void aReviewFallingDueOnAHolidayWaitsForTheNextWorkingDay() {
        DkipEntry e = dated("a", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 3, 18));
        assertThat(at(LocalDate.of(2026, 3, 18)).plan(List.of(e)).deferred()).hasSize(1);
        assertThat(at(LocalDate.of(2026, 3, 21)).plan(List.of(e)).reviews()).isEmpty();
        ExpiryPlanner.Plan wednesday = at(LocalDate.of(2026, 3, 25)).plan(List.of(e));
        assertThat(wednesday.reviews()).extracting(s -> s.entry().id()).containsExactly("a");
    }

    @Test
    void eventBoundIsListedForPeriodicReviewAndNeverOpened() {
        DkipEntry e = DkipEntry.builder().id("ev").status(EntryStatus.DITETAPKAN)
                .period(ExemptionPeriod.untilEvent("persetujuan tertulis", "sampai ada persetujuan")).build();
        ExpiryPlanner.Plan plan = at(LocalDate.of(2099, 1, 1)).plan(List.of(e));
        assertThat(plan.openings()).isEmpty();
        assertThat(plan.reviews()).isEmpty();
        assertThat(plan.periodicReview()).extracting(s -> s.entry().id()).containsExactly("ev");
    }

    @Test
    void datesAreComputedWhenNotStoredAndOnlyEstablishedEntriesCount() {
        DkipEntry computed = DkipEntry.builder().id("c").status(EntryStatus.DITETAPKAN)
                .period(ExemptionPeriod.ofYears(1, "1 tahun")).periodStart(LocalDate.of(2025, 5, 4)).build();
        ExpiryPlanner.Step step = at(LocalDate.of(2026, 3, 1)).decide(computed, LocalDate.of(2026, 3, 1));
        assertThat(step.expiry()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(step.reviewDate()).isEqualTo(rules.reviewDate(LocalDate.of(2026, 5, 4)));
        DkipEntry opened = computed.toBuilder().status(EntryStatus.DIBUKA).build();
        assertThat(at(LocalDate.of(2027, 1, 1)).plan(List.of(opened)).openings()).isEmpty();
    }
}
