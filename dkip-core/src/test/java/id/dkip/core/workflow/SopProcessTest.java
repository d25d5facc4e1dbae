package id.dkip.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.documents.DocumentKind;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.activiti.engine.ActivitiException;
import org.activiti.engine.runtime.ProcessInstance;
import org.activiti.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SOP process, from the BPMN file Alfresco deploys, on activiti-engine 5.23.0 with H2. */
class SopProcessTest {

    private SopEngineFixture f;

    private SopEngineFixture fixture(int units) {
        f = new SopEngineFixture("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", units);
        return f;
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private static LocalDate date(Task t) {
        return LocalDate.ofInstant(t.getDueDate().toInstant(), SopEngineFixture.WIB);
    }

    @Test
    void happyPathWithThreeUnits() {
        fixture(3);
        f.directory.person("anggota1", "Dr. Siti Aminah", "Sekretaris Dinas");
        ProcessInstance pi = f.start(null);
        String pid = pi.getId();
        WorkingDayCalendar cal = WorkingDayCalendar.standard();
        LocalDate startDay = SopEngineFixture.START.toLocalDate();

        List<Task> usulan = f.tasks(pid, "usulanTask");
        assertThat(usulan).hasSize(3);
        for (Task t : usulan) {
            assertThat(date(t)).isEqualTo(cal.addWorkingDays(startDay, 3));
            assertThat(f.engine.getTaskService().getIdentityLinksForTask(t.getId()))
                    .anySatisfy(l -> assertThat(l.getGroupId()).startsWith("GROUP_DKIP_PPID_UNIT"));
        }
        assertThat(usulan.stream().map(t -> f.engine.getTaskService().getIdentityLinksForTask(t.getId()).get(0).getGroupId()))
                .containsExactlyInAnyOrderElementsOf(f.units);
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.TOTAL_MIN_DAYS)).isEqualTo(6);
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.TOTAL_MAX_DAYS)).isEqualTo(14);
        f.completeAll(pid, "usulanTask");

        Task rancangan = f.single(pid, "rancanganTask");
        assertThat(f.engine.getTaskService().getIdentityLinksForTask(rancangan.getId()))
                .extracting(l -> l.getGroupId()).containsExactly(SopEngineFixture.PENGELOLA);
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.ENTRY_COUNT)).isEqualTo(6);
        assertThat((String) f.engine.getRuntimeService().getVariable(pid, DkipVariables.DRAFT_DKIP)).startsWith("mem:dkip-draft");
        // as in Alfresco: the model's default outcome is on the task, not on the process
        assertThat(f.engine.getTaskService().getVariableLocal(rancangan.getId(), DkipVariables.RANCANGAN_OUTCOME))
                .isEqualTo(DkipVariables.LANJUT);
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.RANCANGAN_OUTCOME)).isNull();
        f.complete(rancangan, "pengelola", Map.of(DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT));

        Task rapat = f.single(pid, "rapatTask");
        assertThat(date(rapat)).isEqualTo(cal.addWorkingDays(startDay, 1));
        f.acceptAllOnRows();
        f.complete(rapat, "anggota1", SopEngineFixture.meetingForm(List.of("anggota1", "anggota2", "anggota3", "anggota4")));

        Task penetapan = f.single(pid, "penetapanTask");
        assertThat(f.engine.getTaskService().getIdentityLinksForTask(penetapan.getId()))
                .extracting(l -> l.getGroupId()).containsExactly(SopEngineFixture.ATASAN);
        LocalDate skDay = LocalDate.of(2026, 3, 6);
        Map<String, Object> skForm = new java.util.HashMap<>(SopEngineFixture.skForm("800/12-Dinkes/2026", skDay));
        skForm.put(DkipVariables.PENETAPAN_OUTCOME, DkipVariables.TETAPKAN);
        f.complete(penetapan, "atasan", skForm);

        assertThat(f.register.all()).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(EntryStatus.DITETAPKAN);
            assertThat(e.skNumber()).isEqualTo("800/12-Dinkes/2026");
            assertThat(e.skDate()).isEqualTo(skDay);
        });
        assertThat(f.tasks(pid, "terimaSkTask")).hasSize(3);
        f.completeAll(pid, "terimaSkTask");
        assertThat(f.tasks(pid, "dokumentasiTask")).hasSize(3);
        f.fileAll();
        f.completeAll(pid, "dokumentasiTask");

        assertThat(f.ended(pid)).isTrue();
        assertThat(f.documents.produced()).extracting(r -> r.kind() + (r.finalVersion() ? "-final" : "-draft"))
                .containsExactly("DKIP-draft", "BERITA_ACARA-draft", "UJI_KONSEKUENSI-draft", "SURAT_KEPUTUSAN-draft",
                        "BERITA_ACARA-final", "UJI_KONSEKUENSI-final", "SURAT_KEPUTUSAN-final");
        DocumentRequest finalBa = f.documents.produced().stream()
                .filter(r -> r.kind() == DocumentKind.BERITA_ACARA && r.finalVersion()).findFirst().orElseThrow();
        var minutes = GeneratedDocuments.meeting(finalBa);
        assertThat(minutes.date()).as("the meeting's own date, not the SK's").isEqualTo(SopEngineFixture.MEETING_DAY);
        assertThat(minutes.startTime()).isEqualTo(java.time.LocalTime.of(9, 30));
        assertThat(minutes.place()).isEqualTo("Ruang Rapat Lantai 2");
        assertThat(minutes.number()).isEqualTo("005/BA-PPID/III/2026");
        assertThat(minutes.attendees()).filteredOn(a -> a.present()).extracting(a -> a.name() + " / " + a.position())
                .contains("Dr. Siti Aminah / Sekretaris Dinas");
        DocumentRequest finalSheet = f.documents.produced().stream()
                .filter(r -> r.kind() == DocumentKind.UJI_KONSEKUENSI && r.finalVersion()).findFirst().orElseThrow();
        assertThat(GeneratedDocuments.meeting(finalSheet).date()).isEqualTo(SopEngineFixture.MEETING_DAY);
        assertThat(GeneratedDocuments.meeting(finalSheet).attendees()).extracting(a -> a.name())
                .as("one name source for every document").contains("Dr. Siti Aminah").doesNotContain("anggota1");
        DocumentRequest finalSk = f.documents.produced().stream()
                .filter(r -> r.kind() == DocumentKind.SURAT_KEPUTUSAN && r.finalVersion()).findFirst().orElseThrow();
        assertThat(GeneratedDocuments.decree(finalSk).date()).isEqualTo(skDay);
        assertThat(f.historicVariable(pid, DkipVariables.WITHIN_SOP)).isEqualTo(true);
        assertThat(f.historicVariable(pid, DkipVariables.QUORUM_REASON)).asString().contains("4 dari 7");
        assertThat(f.register.all()).as("the meeting's decisions stay on the rows as recorded")
                .allSatisfy(e -> assertThat(f.register.decision(e.id()).verdict()).isEqualTo("terima"));
        assertThat(f.notifications.sent()).isEmpty();
    }

    @Test
    void stepTwoShowsTheLegalFindingsOfTheMergedProposals() {
        f = new SopEngineFixture("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", 1,
                ProposalValidator.legal(id.dkip.core.legal.EntryValidator.standard()));
        f.register.put("GROUP_DKIP_PPID_UNIT1", DkipEntry.builder().id("u1-bad").unitCode("UNIT1")
                .information("Tanpa dasar hukum").build());
        String pid = f.start(null).getId();
        f.completeAll(pid, "usulanTask");
        Task rancangan = f.single(pid, "rancanganTask");
        @SuppressWarnings("unchecked")
        List<String> findings = (List<String>) f.engine.getTaskService().getVariable(rancangan.getId(), DkipVariables.FINDINGS);
        assertThat(findings).isNotEmpty().anySatisfy(line -> assertThat(line).startsWith("ERROR").contains("[u1-bad] \"Tanpa dasar hukum\" (UNIT1): "));
        assertThat((Integer) f.engine.getRuntimeService().getVariable(pid, DkipVariables.FINDING_ERRORS)).isPositive();
        assertThat(findings.get(0)).startsWith("ERROR");
    }

    @Test
    void unitSentBackAtStepTwoCorrectsItsProposal() {
        fixture(3);
        String pid = f.start(null).getId();
        f.completeAll(pid, "usulanTask");
        Task rancangan = f.single(pid, "rancanganTask");
        assertThatThrownBy(() -> f.complete(rancangan, "pengelola", Map.of(
                DkipVariables.RANCANGAN_OUTCOME, DkipVariables.KEMBALIKAN, DkipVariables.RETURN_UNITS, "GROUP_DKIP_PPID_UNIT2")))
                .isInstanceOf(ActivitiException.class).hasMessageContaining(DkipVariables.COMMENT);
        f.complete(rancangan, "pengelola", Map.of(DkipVariables.RANCANGAN_OUTCOME, DkipVariables.KEMBALIKAN,
                DkipVariables.RETURN_UNITS, List.of("GROUP_DKIP_PPID_UNIT2"), DkipVariables.COMMENT, "Dasar hukum kurang"));

        Task revisi = f.single(pid, "revisiUsulanTask");
        assertThat(f.engine.getTaskService().getIdentityLinksForTask(revisi.getId()))
                .extracting(l -> l.getGroupId()).containsExactly("GROUP_DKIP_PPID_UNIT2");
        assertThat(f.tasks(pid, "rancanganTask")).isEmpty();
        f.register.put("GROUP_DKIP_PPID_UNIT2", DkipEntry.builder().id("u2-e3").unitCode("UNIT2").information("baru").build());
        f.complete(revisi, "ppid2", Map.of());

        f.single(pid, "rancanganTask");
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.ENTRY_COUNT)).isEqualTo(7);
        assertThat(f.documents.produced()).filteredOn(r -> r.kind() == DocumentKind.DKIP).hasSize(2);
    }

    @Test
    void meetingWithoutQuorumIsRescheduledThenPassesWithFour() {
        fixture(2);
        String pid = f.start(null).getId();
        f.completeAll(pid, "usulanTask");
        f.complete(f.single(pid, "rancanganTask"), "pengelola", Map.of(DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT));

        Task first = f.single(pid, "rapatTask");
        f.complete(first, "anggota1", Map.of(DkipVariables.ATTENDEES, List.of("anggota1", "anggota2", "anggota3", "tamu")));
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.QUORUM_REACHED)).isEqualTo(false);
        assertThat((String) f.engine.getRuntimeService().getVariable(pid, DkipVariables.QUORUM_REASON))
                .contains("3 dari 7").contains("minimal 4");
        assertThat(f.tasks(pid, "penetapanTask")).isEmpty();

        Task second = f.single(pid, "rapatTask");
        assertThat(second.getId()).isNotEqualTo(first.getId());
        f.acceptAllOnRows();
        f.complete(second, "anggota1", SopEngineFixture.meetingForm("anggota1, anggota2, anggota3, anggota5"));
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.MEETING_COUNT)).isEqualTo(2);
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.QUORUM_REACHED)).isEqualTo(true);
        f.single(pid, "penetapanTask");
        assertThat(f.engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pid)
                .taskDefinitionKey("rapatTask").finished().count()).isEqualTo(2);
    }

    @Test
    void meetingWithQuorumMustDecideEveryEntryWithAPassedConsequenceTest() {
        fixture(1);
        String pid = f.start(null).getId();
        f.completeAll(pid, "usulanTask");
        f.complete(f.single(pid, "rancanganTask"), "pengelola", Map.of());
        Task rapat = f.single(pid, "rapatTask");
        f.register.decide("u1-e1", "terima", "tidak", null);
        assertThatThrownBy(() -> f.complete(rapat, "anggota1",
                SopEngineFixture.meetingForm(List.of("anggota1", "anggota2", "anggota3", "anggota4"))))
                .isInstanceOf(ActivitiException.class)
                .hasMessageContaining("1 entri belum diputuskan: \"Informasi 2 unit 1\" (UNIT1)")
                .hasMessageContaining("\"Informasi 1 unit 1\" (UNIT1): dikecualikan (terima) tanpa uji konsekuensi yang lulus");
        assertThat(f.single(pid, "rapatTask").getId()).isEqualTo(rapat.getId());
        assertThat(f.register.decision("u1-e1")).as("the row keeps what the meeting stored")
                .isEqualTo(new RowDecision("u1-e1", "terima", "tidak", null));
        assertThat(f.register.decision("u1-e2")).isNull();
        f.register.decide("u1-e1", "revisi", "lulus", "jangka waktu 4 tahun");
        f.register.decide("u1-e2", "tolak", "tidak", "informasi sudah terbuka");
        f.complete(rapat, "anggota1", SopEngineFixture.meetingForm(List.of("anggota1", "anggota2", "anggota3", "anggota4")));
        f.single(pid, "penetapanTask");
        assertThat(f.register.decision("u1-e1")).isEqualTo(new RowDecision("u1-e1", "revisi", "lulus", "jangka waktu 4 tahun"));
    }

    @Test
    void meetingWithQuorumNeedsItsDatePlaceAndTime() {
        fixture(1);
        String pid = f.start(null).getId();
        f.completeAll(pid, "usulanTask");
        f.complete(f.single(pid, "rancanganTask"), "pengelola", Map.of());
        f.acceptAllOnRows();
        Task rapat = f.single(pid, "rapatTask");
        Map<String, Object> form = SopEngineFixture.meetingForm(SopEngineFixture.TEAM);
        form.remove(DkipVariables.MEETING_PLACE);
        form.put(DkipVariables.MEETING_TIME, "sembilan");
        assertThatThrownBy(() -> f.complete(rapat, "anggota1", form)).isInstanceOf(ActivitiException.class)
                .hasMessageContaining("tempat rapat").hasMessageContaining("JJ:MM").hasMessageContaining("'sembilan'");
        assertThat(f.single(pid, "rapatTask").getId()).isEqualTo(rapat.getId());
    }

    @Test
    void atasanReturnsToStepTwoWithReasons() {
        fixture(2);
        String pid = f.start(null).getId();
        f.completeAll(pid, "usulanTask");
        f.complete(f.single(pid, "rancanganTask"), "pengelola", Map.of(DkipVariables.RANCANGAN_OUTCOME, DkipVariables.LANJUT));
        f.acceptAllOnRows();
        f.complete(f.single(pid, "rapatTask"), "anggota1", SopEngineFixture.meetingForm(SopEngineFixture.TEAM));
        Task penetapan = f.single(pid, "penetapanTask");
        f.complete(penetapan, "atasan", Map.of(DkipVariables.PENETAPAN_OUTCOME, DkipVariables.KEMBALIKAN,
                DkipVariables.COMMENT, "Jangka waktu pengecualian belum jelas"));
        f.single(pid, "rancanganTask");
        assertThat(f.tasks(pid, "penetapanTask")).isEmpty();
        assertThat(f.register.all()).allSatisfy(e -> assertThat(e.status()).isEqualTo(EntryStatus.USULAN));
        @SuppressWarnings("unchecked")
        List<String> history = (List<String>) f.engine.getRuntimeService().getVariable(pid, DkipVariables.RETURN_HISTORY);
        assertThat(history).singleElement().asString().contains("atasan").contains("Jangka waktu pengecualian belum jelas");
    }

    @Test
    void filingCannotCompleteWhileAnEstablishedEntryHasNoDocumentNorReason() {
        fixture(1);
        String pid = f.start(null).getId();
        runToFiling(pid, "800/1/2026");
        Task filing = f.single(pid, "dokumentasiTask");
        f.register.fileDocument("u1-e1", "arsip/u1-e1.pdf");
        assertThatThrownBy(() -> f.complete(filing, "ppid1", Map.of()))
                .isInstanceOf(ActivitiException.class)
                .hasMessageContaining("GROUP_DKIP_PPID_UNIT1").hasMessageContaining("u1-e2")
                .hasMessageNotContaining("u1-e1,");
        f.register.noDocument("u1-e2", "Informasi hanya berupa basis data elektronik");
        f.complete(filing, "ppid1", Map.of());
        assertThat(f.ended(pid)).isTrue();
    }

    @Test
    void overdueTaskRemindsThenEscalatesToPengelolaAndAtasan() {
        fixture(2);
        String pid = f.start(null).getId();
        Task usulan = f.tasks(pid, "usulanTask").get(0);
        LocalDate due = date(usulan);
        assertThat(f.runDueTimers()).isZero();

        f.setClock(due.atTime(8, 30).atZone(SopEngineFixture.WIB).minusDays(due.getDayOfWeek().getValue() == 1 ? 3 : 1));
        assertThat(f.runDueTimers()).isEqualTo(1);
        assertThat(f.notifications.sent()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notice.Kind.REMINDER);
            assertThat(n.recipients()).containsExactlyInAnyOrderElementsOf(f.units);
            assertThat(n.taskIds()).hasSize(2);
        });
        assertThat(f.tasks(pid, "usulanTask")).as("the reminder heads each officer's task in the task list")
                .allSatisfy(t -> assertThat(t.getDescription()).startsWith("PENGINGAT: tenggat "
                        + due.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))));

        f.mailDown = true;
        f.setClock(WorkingDayCalendar.standard().addWorkingDays(due, 1).atTime(8, 1).atZone(SopEngineFixture.WIB));
        assertThat(f.runDueTimers()).as("a failed e-mail does not undo the timer").isEqualTo(1);
        assertThat(f.engine.getManagementService().createJobQuery().withException().count()).isZero();
        assertThat(f.notifications.sent()).hasSize(1);
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.ESCALATIONS)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<String> notices = (List<String>) f.engine.getRuntimeService().getVariable(pid, DkipVariables.NOTICES);
        assertThat(notices).hasSize(2).last().asString().startsWith("ESKALASI langkah 1")
                .contains(SopEngineFixture.PENGELOLA).contains(SopEngineFixture.ATASAN);
        // the tasks were not interrupted: the process goes on
        assertThat(f.tasks(pid, "usulanTask")).hasSize(2);
        f.completeAll(pid, "usulanTask");
        f.single(pid, "rancanganTask");
        assertThat(f.engine.getManagementService().createJobQuery().timers().count()).isEqualTo(2);
    }

    @Test
    void amendmentProducesNewSkReferringToThePreviousOne() {
        fixture(1);
        String pid = f.start("800/12-Dinkes/2025").getId();
        assertThat(f.engine.getRuntimeService().getVariable(pid, DkipVariables.AMENDMENT)).isEqualTo(true);
        f.completeAll(pid, "usulanTask");
        f.complete(f.single(pid, "rancanganTask"), "pengelola", Map.of());
        f.acceptAllOnRows();
        f.complete(f.single(pid, "rapatTask"), "anggota1", SopEngineFixture.meetingForm(SopEngineFixture.TEAM));
        Task penetapan = f.single(pid, "penetapanTask");
        assertThatThrownBy(() -> f.complete(penetapan, "atasan", Map.of(DkipVariables.SK_NUMBER, "800/3-Dinkes/2026")))
                .hasMessageContaining("Isi tanggal SK");
        assertThatThrownBy(() -> f.complete(penetapan, "atasan", SopEngineFixture.skForm("800/12-Dinkes/2025",
                SopEngineFixture.MEETING_DAY))).hasMessageContaining("SK perubahan");
        assertThatThrownBy(() -> f.complete(penetapan, "atasan", SopEngineFixture.skForm("800/3-Dinkes/2026",
                SopEngineFixture.MEETING_DAY.minusDays(1)))).hasMessageContaining("lebih awal dari tanggal rapat");
        f.complete(penetapan, "atasan", SopEngineFixture.skForm("800/3-Dinkes/2026", SopEngineFixture.MEETING_DAY));
        var finalSk = f.documents.produced().stream().filter(r -> r.kind() == DocumentKind.SURAT_KEPUTUSAN && r.finalVersion())
                .findFirst().orElseThrow();
        assertThat(finalSk.sk().isAmendment()).isTrue();
        assertThat(finalSk.sk().previousSkNumber()).isEqualTo("800/12-Dinkes/2025");
        assertThat(finalSk.sk().skNumber()).isEqualTo("800/3-Dinkes/2026");
        assertThat(f.register.all()).allSatisfy(e -> assertThat(e.skNumber()).isEqualTo("800/3-Dinkes/2026"));
    }

    @Test
    void startWithoutUnitsIsRefused() {
        fixture(0);
        assertThatThrownBy(() -> f.start(null)).isInstanceOf(ActivitiException.class)
                .hasMessageContaining(DkipVariables.UNIT_GROUPS);
        assertThat(f.engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    void runToFiling(String pid, String sk) {
        f.completeAll(pid, "usulanTask");
        f.complete(f.single(pid, "rancanganTask"), "pengelola", Map.of());
        f.acceptAllOnRows();
        f.complete(f.single(pid, "rapatTask"), "anggota1", SopEngineFixture.meetingForm(SopEngineFixture.TEAM));
        f.complete(f.single(pid, "penetapanTask"), "atasan", SopEngineFixture.skForm(sk, LocalDate.of(2026, 3, 5)));
        f.completeAll(pid, "terimaSkTask");
    }
}
