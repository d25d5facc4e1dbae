package id.dkip.core.workflow;

import id.dkip.core.documents.DecreeInfo;
import id.dkip.core.documents.DocumentFormat;
import id.dkip.core.documents.DocumentGenerator;
import id.dkip.core.documents.DocumentStage;
import id.dkip.core.documents.GeneratedDocument;
import id.dkip.core.documents.MeetingRecord;
import id.dkip.core.process.EntryDecision;
import id.dkip.core.process.Verdict;
import id.dkip.core.register.DkipEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a process's {@link DocumentRequest} into the official document of id.dkip.core.documents: the draft DKIP,
 * the Berita Acara (every team member with attendance, each entry's decision and consequence-test result), the
 * consequence-test sheet (every Surat Penetapan Klasifikasi field per entry, signed by those present) and the
 * SK (only the exempted entries; an amendment names the SK it amends). Hosts store the result: files
 * ({@link FileDocuments}), or nodes in Alfresco.
 */
public final class GeneratedDocuments {

    private final DocumentGenerator generator;

    public GeneratedDocuments(DocumentGenerator generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    public GeneratedDocument generate(DocumentRequest request, DocumentFormat format) {
        DocumentStage stage = request.finalVersion() ? DocumentStage.FINAL : DocumentStage.RANCANGAN;
        return switch (request.kind()) {
            case DKIP -> generator.draftDkip(request.entries(), request.date(), format);
            case BERITA_ACARA -> generator.beritaAcara(request.entries(), meeting(request), stage, format);
            case SURAT_KEPUTUSAN -> generator.suratKeputusan(exempted(request), decree(request), stage, format);
            case UJI_KONSEKUENSI -> generator.consequenceSheet(request.entries(), meeting(request), stage, format);
        };
    }

    static MeetingRecord meeting(DocumentRequest request) {
        Set<String> present = Set.copyOf(request.attendees());
        List<String> members = request.teamMembers().isEmpty() ? request.attendees() : request.teamMembers();
        List<MeetingRecord.Attendee> attendees = new ArrayList<>();
        for (String m : members) {
            Person p = request.people().getOrDefault(m, new Person(m, m, null));
            attendees.add(new MeetingRecord.Attendee(p.displayName(), p.jobTitle(), null, present.contains(m)));
        }
        Map<String, MeetingRecord.Decision> decisions = new LinkedHashMap<>();
        for (EntryDecision d : request.decisions()) {
            MeetingRecord.Outcome outcome = switch (d.verdict()) {
                case TERIMA -> MeetingRecord.Outcome.DITERIMA;
                case REVISI -> MeetingRecord.Outcome.DIREVISI;
                case TOLAK -> MeetingRecord.Outcome.DITOLAK;
            };
            decisions.put(d.entryId(), new MeetingRecord.Decision(outcome, d.note().isEmpty() ? null : d.note(),
                    d.consequenceTestPassed() ? "Lulus uji konsekuensi" : "Tidak lulus uji konsekuensi"));
        }
        MeetingFacts facts = request.meeting();
        // Without recorded facts (a host calling outside the process) the time and place stay blank to be filled in,
        // never a made-up constant.
        return facts == null ? new MeetingRecord(null, request.date(), null, null, attendees, decisions)
                : new MeetingRecord(facts.number(), facts.date(), facts.startTime(), facts.place(), attendees, decisions);
    }

    static DecreeInfo decree(DocumentRequest request) {
        return request.sk() == null ? new DecreeInfo(null, request.date(), null)
                : new DecreeInfo(request.sk().skNumber(), request.sk().skDate(), request.sk().previousSkNumber());
    }

    /** For the SK: the entries the meeting did not reject (all of them when no decision is recorded). */
    static List<DkipEntry> exempted(DocumentRequest request) {
        if (request.decisions().isEmpty()) {
            return request.entries();
        }
        Set<String> rejected = request.decisions().stream().filter(d -> d.verdict() == Verdict.TOLAK)
                .map(EntryDecision::entryId).collect(Collectors.toSet());
        return request.entries().stream().filter(e -> !rejected.contains(e.id())).toList();
    }
}
