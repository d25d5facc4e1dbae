package id.dkip.cli;

import id.dkip.core.calendar.CalendarRangeException;
import id.dkip.core.calendar.ProvisionalDates;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.documents.DocumentFormat;
import id.dkip.core.documents.IndonesianDocumentGenerator;
import id.dkip.core.documents.MeetingRecord;
import id.dkip.core.documents.RegisterDocument;
import id.dkip.core.legal.EntryValidator;
import id.dkip.core.process.SopSchedule;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.register.Unit;
import id.dkip.core.sample.SampleAgency;
import id.dkip.core.workflow.FileDocuments;
import id.dkip.core.workflow.ProposalValidator;
import id.dkip.core.workflow.SopSimulation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simulate --out DIR}: runs the whole SOP (the module's own BPMN) on an embedded Activiti engine with H2 for a
 * sample agency (Dinas Kesehatan Kota Tangerang), printing each step with its role, due date and outcome as it
 * completes, and writing every document the SOP produces into DIR. Needs no Alfresco and no network.
 */
@Command(name = "simulate",
        description = {"Menjalankan seluruh SOP pada mesin alur kerja tertanam (H2) untuk instansi contoh; dokumen ditulis ke --out.",
                "Run the whole SOP on an embedded workflow engine (H2) for a sample agency; documents go to --out."})
final class SimulateCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder dokumen / documents folder")
    Path out;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", defaultValue = "2026-03-16",
            description = "hari mulai (bawaan 2026-03-16, melintasi Nyepi dan Idul Fitri) / start day (default crosses Nyepi and Idul Fitri)")
    LocalDate start;

    @Option(names = "--sk", paramLabel = "NOMOR", defaultValue = "050/0417-Sekret/III/2026",
            description = "nomor SK penetapan / number of the establishing decree")
    String skNumber;

    @Option(names = "--amend", paramLabel = "NOMOR_SK_LAMA",
            description = "jalankan sebagai perubahan atas SK ini / run as an amendment of this decree")
    String previousSk;

    @Override
    public Integer call() throws IOException {
        Messages msg = common.messages();
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(out);
        RegisterDocument sample = SampleAgency.register();
        SopSimulation.Setup setup = setup(sample);
        err.println(msg.get("simulate.intro", setup.units().size(), sample.entries().size(), setup.teamMembers().size(), start));
        SopSimulation.Result result;
        try {
            SopSchedule schedule = SopSchedule.standard();
            result = new SopSimulation(schedule, WorkingDayCalendar.standard()).run(
                    "jdbc:h2:mem:dkip-simulate-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    setup,
                    new FileDocuments(new IndonesianDocumentGenerator(SampleAgency.agency()), out,
                            List.of(DocumentFormat.DOCX, DocumentFormat.PDF)),
                    ProposalValidator.legal(EntryValidator.standard()),
                    s -> err.println(msg.get("simulate.step", s.step(), s.taskName(), s.role(),
                            s.dueDate() == null ? null : ProvisionalDates.print(s.dueDate().toString(), s.dueProvisional()),
                            s.completedOn(), s.outcome())));
        } catch (CalendarRangeException e) {
            err.println(msg.get("error.calendar", e.getDate(), String.valueOf(e.getDate().getYear()), e.getLoadedYears()));
            return ExitCode.UNUSABLE;
        }
        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.map(Path::toString).sorted().toList();
        }
        long established = result.register().stream().filter(e -> e.status() == EntryStatus.DITETAPKAN).count();
        err.println(msg.get("simulate.done", result.ended() ? msg.get("simulate.ended") : msg.get("simulate.notEnded"),
                result.workingDays(), established, result.register().size(), files.size(), out));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("processInstanceId", result.processInstanceId());
        summary.put("ended", result.ended());
        summary.put("workingDays", result.workingDays());
        summary.put("steps", result.steps());
        summary.put("register", result.register());
        summary.put("notices", result.notices());
        summary.put("files", files);
        JsonOut.print(summary);
        return result.ended() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    /**
     * The sample register's rows become fresh proposals (usulan) of their units; each unit's PPID Pembantu is the
     * group GROUP_DKIP_PPID_&lt;unit code&gt;; the team is the sample meeting's members; rows the sample meeting
     * rejected are rejected again.
     */
    /**
     * A team member as the documents name them: the sample's full name without the academic degrees after the comma
     * ("dr. Rina Kusumawati, M.K.M." becomes "dr. Rina Kusumawati"), since attendance lists are comma-separated.
     */
    static String memberName(String fullName) {
        int comma = fullName.indexOf(',');
        return (comma < 0 ? fullName : fullName.substring(0, comma)).trim();
    }

    private SopSimulation.Setup setup(RegisterDocument sample) {
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, List<DkipEntry>> proposals = new LinkedHashMap<>();
        for (DkipEntry e : sample.entries()) {
            Unit unit = units.computeIfAbsent(e.unitCode(), code -> new Unit(code, e.unitName(), "GROUP_DKIP_PPID_" + code));
            DkipEntry proposal = e.toBuilder().status(EntryStatus.USULAN).skNumber(null).skDate(null)
                    .expiryDate(null).reviewDate(null).periodStart(null).build();
            proposals.computeIfAbsent(unit.ppidPembantuGroup(), g -> new ArrayList<>()).add(proposal);
        }
        MeetingRecord meeting = Objects.requireNonNull(sample.meeting(), "the sample register has a meeting");
        List<String> team = meeting.attendees().stream().map(a -> memberName(a.name())).toList();
        List<String> rejected = meeting.decisions().entrySet().stream()
                .filter(d -> d.getValue().outcome() == MeetingRecord.Outcome.DITOLAK).map(Map.Entry::getKey).toList();
        ZonedDateTime startAt = start.atTime(9, 0).atZone(SopSchedule.standard().zone());
        return new SopSimulation.Setup(new ArrayList<>(units.values()), proposals, team, skNumber, previousSk, startAt, rejected);
    }
}
