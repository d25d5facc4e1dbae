package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.dkip.core.access.AccessTable;
import id.dkip.core.archive.FilingPlanner;
import id.dkip.core.archive.LegalArchiveRules;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.ExemptionDates;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.Finding;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.time.LocalDate;
import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;

/** Filing with the real legal rules: the validator, the bundled access table and the 2025-2026 calendar. */
class LegalRulesFilingTest {

    final ArchiveFixture f;

    LegalRulesFilingTest() throws Throwable {
        f = new ArchiveFixture();
        WorkingDayCalendar calendar = WorkingDayCalendar.standard();
        f.filing.setFilingPlanner(new FilingPlanner(new LegalArchiveRules(EntryValidator.standard(), new ExemptionDates(calendar),
                AccessTable.standard(), calendar), ArchiveFixture.JRA));
    }

    static DkipEntry.Builder complete() {
        return DkipEntry.builder().unitCode("YANKES").unitName("Bidang Pelayanan Kesehatan").ppidPembantu("GROUP_DKIP_PPID_YANKES")
                .information("Rekam medis pasien rawat inap").grounds(List.of("17h2")).legalBasisText("UU No. 14 Tahun 2008 Pasal 17 huruf h angka 2")
                .consequenceIfOpened("Mengungkap riwayat dan kondisi kesehatan pasien; melanggar kerahasiaan rekam medis")
                .benefitIfClosed("Melindungi hak pribadi pasien").publicInterest("Kepentingan melindungi pasien lebih besar daripada membukanya")
                .period(ExemptionPeriod.until(LocalDate.of(2026, 12, 30), "sampai dengan 30 Desember 2026")).periodStart(LocalDate.of(2026, 1, 5))
                .securityLevel(SecurityLevel.RAHASIA).status(EntryStatus.DITETAPKAN).skNumber("188.4/12-Dinkes/2026")
                .skDate(LocalDate.of(2026, 1, 5)).decidingOfficial("dr. Contoh, PPID Dinas Kesehatan")
                .publicBody("Dinas Kesehatan Kota Tangerang").place("Tangerang");
    }

    @Test
    void aCompleteEstablishedEntryIsFiledWithTheAccessTablesGroupsAndTheCalendarsReviewDate() {
        NodeRef doc = f.classifiedDocument("rm.pdf", complete().build());

        ArchiveFiling.Result result = f.filing.file(doc);

        assertThat(result.decision().errors()).isEmpty();
        // "sampai dengan 30 Desember": the 30th is the last exempt day, it opens on the 31st
        assertThat(result.decision().expiry()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(result.decision().reviewDate()).isEqualTo(WorkingDayCalendar.standard().subtractWorkingDays(LocalDate.of(2026, 12, 31), 30));
        assertThat(f.repo.grantsOf(doc)).containsEntry("GROUP_DKIP_PPID_YANKES", "Collaborator")
                .containsEntry("GROUP_DKIP_PPID", "Consumer").containsEntry("GROUP_DKIP_AUDITOR", "Consumer")
                .doesNotContainKey("GROUP_EVERYONE").doesNotContainKey("GROUP_DKIP_PENGELOLA_DATA");
        assertThat(f.repo.parents.get(doc)).isEqualTo(f.levelFolder("Rahasia"));
    }

    @Test
    void aTwentyYearPeriodFiledTodayGetsItsExpiryAndAProvisionalReviewDate() {
        NodeRef doc = f.classifiedDocument("rm.pdf", complete().period(ExemptionPeriod.ofYears(20, "20 Tahun")).build());

        ArchiveFiling.Result result = f.filing.file(doc);

        assertThat(result.decision().expiry()).isEqualTo(LocalDate.of(2046, 1, 5));
        // 2045/2046 have no SKB 3 Menteri yet: the review date is computed on the provisional calendar (weekends,
        // 25 Dec, 1 Jan) rather than left empty, and the calendar says it is provisional (issue #11.8)
        assertThat(result.decision().reviewDate()).isEqualTo(LocalDate.of(2045, 11, 22));
        assertThat(WorkingDayCalendar.standard().anyProvisional(result.decision().reviewDate(), result.decision().expiry())).isTrue();
    }

    @Test
    void theBanyumasStyleRowIsRefusedWithTheLegalFindingsAndNothingIsWritten() {
        // "20 Tahun", no UU KIP ground, Biasa/Terbuka level: refused with every finding at once
        DkipEntry row = complete().grounds(List.of()).legalBasisText("Permenkes 24/2022").consequenceIfOpened(null)
                .securityLevel(SecurityLevel.BIASA).period(ExemptionPeriod.ofYears(20, "20 Tahun")).build();
        NodeRef doc = f.classifiedDocument("rm.pdf", row);

        assertThatThrownBy(() -> f.filing.file(doc)).isInstanceOfSatisfying(ClassificationRefusedException.class, e -> {
            assertThat(e.getFindings()).extracting(Finding::severity).contains(Finding.Severity.ERROR);
            assertThat(e.getFindings().size()).isGreaterThanOrEqualTo(2);
            assertThat(e.getMessage()).startsWith("Klasifikasi informasi dikecualikan ditolak");
        });
        verify(f.repo.nodeService, never()).moveNode(any(), any(), any(), any());
        verify(f.repo.nodeService, never()).setProperty(any(), any(), any());
    }
}
