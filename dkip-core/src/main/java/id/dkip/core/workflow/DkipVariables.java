package id.dkip.core.workflow;

import id.dkip.core.process.SopStep;

/**
 * Names of the process variables of {@code dkipPenyusunan}. The {@code dkipwf_} prefix makes Alfresco map each to
 * the task-model property of the same local name ({@code dkipwf:unitGroups}...), so forms show and set them.
 */
public final class DkipVariables {

    /** Process id (Share: activiti$dkipPenyusunan). */
    public static final String PROCESS_KEY = "dkipPenyusunan";
    /** Classpath location of the BPMN, the same in Alfresco (workflowDeployer) and in the embedded engine. */
    public static final String BPMN_RESOURCE = "alfresco/module/dkip-platform/workflow/dkip-penyusunan.bpmn20.xml";

    // Start form (as given: strings in tests, script nodes in Alfresco)
    public static final String UNIT_GROUPS = "dkipwf_unitGroups";
    public static final String PENGELOLA_GROUP = "dkipwf_pengelolaGroup";
    public static final String TIM_GROUP = "dkipwf_timGroup";
    public static final String ATASAN_GROUP = "dkipwf_atasanGroup";
    public static final String PREVIOUS_SK = "dkipwf_nomorSkSebelumnya";

    // Resolved at start (group names)
    public static final String UNIT_GROUP_NAMES = "dkipwf_unitGroupNames";
    public static final String PENGELOLA_GROUP_NAME = "dkipwf_pengelolaGroupName";
    public static final String TIM_GROUP_NAME = "dkipwf_timGroupName";
    public static final String ATASAN_GROUP_NAME = "dkipwf_atasanGroupName";
    public static final String AMENDMENT = "dkipwf_perubahan";
    public static final String STARTED = "dkipwf_mulai";
    public static final String TOTAL_MIN_DAYS = "dkipwf_totalHariMin";
    public static final String TOTAL_MAX_DAYS = "dkipwf_totalHariMaks";
    public static final String PLANNED_END = "dkipwf_rencanaSelesai";

    /** Element variable of the per-unit multi-instance tasks: the unit's PPID Pembantu group. */
    public static final String UNIT_GROUP = "dkipwf_unitGroup";

    // Step 2
    public static final String ENTRY_COUNT = "dkipwf_jumlahEntri";
    public static final String FINDINGS = "dkipwf_temuan";
    public static final String FINDING_ERRORS = "dkipwf_jumlahTemuanGalat";
    public static final String DRAFT_DKIP = "dkipwf_rancanganDkip";
    public static final String RANCANGAN_OUTCOME = "dkipwf_rancanganOutcome";
    public static final String RETURN_UNITS = "dkipwf_unitDikembalikan";
    public static final String RETURN_UNIT_NAMES = "dkipwf_unitDikembalikanNames";
    public static final String COMMENT = "dkipwf_catatan";

    // Step 3
    public static final String ATTENDEES = "dkipwf_hadir";
    /** No longer read: decisions are stored on the rows (dkip:keputusanRapat...); kept in the model for old tasks. */
    public static final String DECISIONS = "dkipwf_keputusan";
    /** The meeting's decisions as read from the rows when step 3 completed (process; MeetingDecisions format). */
    public static final String MEETING_DECISIONS = "dkipwf_keputusanTercatat";
    public static final String MEETING_DATE = "dkipwf_tanggalRapat";
    /** Start time as "HH:mm". */
    public static final String MEETING_TIME = "dkipwf_waktuMulai";
    public static final String MEETING_PLACE = "dkipwf_tempatRapat";
    public static final String MEETING_NUMBER = "dkipwf_nomorBeritaAcara";
    /** The attendees' user names as resolved when step 3 completed (process). */
    public static final String ATTENDEE_NAMES = "dkipwf_hadirNames";
    public static final String QUORUM_REACHED = "dkipwf_kuorum";
    public static final String QUORUM_REASON = "dkipwf_alasanKuorum";
    public static final String MEETING_COUNT = "dkipwf_rapatKe";
    public static final String MEETING_HISTORY = "dkipwf_riwayatRapat";
    public static final String DRAFT_BERITA_ACARA = "dkipwf_rancanganBeritaAcara";
    public static final String DRAFT_UJI_KONSEKUENSI = "dkipwf_rancanganUjiKonsekuensi";
    public static final String DRAFT_SK = "dkipwf_rancanganSk";

    // Step 4
    public static final String PENETAPAN_OUTCOME = "dkipwf_penetapanOutcome";
    public static final String SK_NUMBER = "dkipwf_nomorSk";
    public static final String SK_DATE = "dkipwf_tanggalSk";
    public static final String RETURN_HISTORY = "dkipwf_riwayatPengembalian";
    public static final String FINAL_BERITA_ACARA = "dkipwf_beritaAcara";
    public static final String FINAL_UJI_KONSEKUENSI = "dkipwf_ujiKonsekuensi";
    public static final String FINAL_SK = "dkipwf_sk";
    public static final String ESTABLISHED_COUNT = "dkipwf_jumlahDitetapkan";
    /** Entry ids established by this run per unit group (process; HashMap of ArrayList), for step 6's check. */
    public static final String ESTABLISHED_BY_UNIT = "dkipwf_ditetapkanPerUnit";

    // Step 5 (task-local)
    public static final String ACKNOWLEDGED_BY = "dkipwf_diterimaOleh";

    /** Where a host keeps the run's items (Alfresco's workflow package); passed to the DocumentPort as is. */
    public static final String HOST_PACKAGE = "bpm_package";

    // Notices and tracking
    public static final String NOTICES = "dkipwf_notifikasi";
    public static final String ESCALATIONS = "dkipwf_jumlahEskalasi";
    /**
     * Task-local: the task's due date (bpm:dueDate) is provisional (property dkipwf:tanggalSementara), counted over a
     * year whose SKB 3 Menteri decree is not loaded; see {@link id.dkip.core.calendar.ProvisionalDates}.
     */
    public static final String TASK_DUE_PROVISIONAL = id.dkip.core.calendar.ProvisionalDates.TASK_VARIABLE;
    /** Task-local: the latest reminder for the task, shown in the officer's task list (bpm:description too). */
    public static final String TASK_REMINDER = "dkipwf_pengingat";
    /** Task-local: the task's description in the inbox (Alfresco's bpm:description). */
    public static final String TASK_DESCRIPTION = "bpm_description";
    public static final String FINISHED = "dkipwf_selesai";
    public static final String TOTAL_WORKING_DAYS = "dkipwf_totalHariKerja";
    public static final String WITHIN_SOP = "dkipwf_sesuaiSop";

    // Outcome values (constraints of the task model)
    public static final String LANJUT = "lanjut";
    public static final String KEMBALIKAN = "kembalikan";
    public static final String TETAPKAN = "tetapkan";

    private DkipVariables() {
    }

    /** dkipwf_&lt;step&gt;Tenggat: the step's due date (java.util.Date). */
    public static String due(SopStep step) {
        return "dkipwf_" + step.key() + "Tenggat";
    }

    /** dkipwf_&lt;step&gt;TenggatSementara: whether the step's due date is provisional (java.lang.Boolean). */
    public static String dueProvisional(SopStep step) {
        return "dkipwf_" + step.key() + "TenggatSementara";
    }

    /** dkipwf_&lt;step&gt;Pengingat: when the reminder timer fires. */
    public static String reminder(SopStep step) {
        return "dkipwf_" + step.key() + "Pengingat";
    }

    /** dkipwf_&lt;step&gt;Eskalasi: when the escalation timer fires. */
    public static String escalation(SopStep step) {
        return "dkipwf_" + step.key() + "Eskalasi";
    }

    /** The SOP step of a BPMN activity id (usulanTask, revisiUsulanTask, rapatPengingat, ...). */
    public static SopStep stepOfActivity(String activityId) {
        String id = activityId;
        for (String suffix : new String[] {"Task", "Pengingat", "Eskalasi"}) {
            if (id.endsWith(suffix)) {
                id = id.substring(0, id.length() - suffix.length());
                break;
            }
        }
        if (id.equals("revisiUsulan")) {
            return SopStep.USULAN;
        }
        if (id.equals("terimaSk")) {
            return SopStep.PENYAMPAIAN;
        }
        return SopStep.ofKey(id);
    }
}
