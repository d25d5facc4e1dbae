package id.dkip.core.workflow;

import id.dkip.core.documents.DocumentKind;
import id.dkip.core.process.Amendment;
import id.dkip.core.process.EntryDecision;
import id.dkip.core.process.QuorumDecision;
import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to produce one document of the process.
 *
 * @param kind              which document
 * @param finalVersion      false for a draft (rancangan), true for the signed version of step 4
 * @param processInstanceId the run it belongs to (Alfresco: the workflow package to put it in)
 * @param date              the document's date
 * @param entries           the register rows concerned (for the SK: the established ones)
 * @param decisions         the meeting's decisions (Berita Acara, consequence-test sheet, SK), else empty
 * @param quorum            the meeting's quorum (Berita Acara), else null
 * @param attendees         the members present (Berita Acara), else empty
 * @param teamMembers       every member of the Tim PPID Pembantu, present or not (Berita Acara), else empty
 * @param sk                the decree's number, date and the SK it amends (final SK), else null
 * @param hostPackage       the host's container for the run's documents, as the process holds it (Alfresco: the
 *                          workflow package, variable bpm_package), or null outside a host
 * @param meeting           the meeting as recorded at step 3 (Berita Acara, consequence-test sheet), else null
 * @param people            name and jabatan of every user named in the document, from the one name source (the
 *                          directory); users missing here are written by their user names
 */
public record DocumentRequest(DocumentKind kind, boolean finalVersion, String processInstanceId, LocalDate date,
                              List<DkipEntry> entries, List<EntryDecision> decisions, QuorumDecision quorum,
                              List<String> attendees, List<String> teamMembers, Amendment sk,
                              Object hostPackage, MeetingFacts meeting, Map<String, Person> people) {
    public DocumentRequest {
        entries = List.copyOf(entries);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        teamMembers = teamMembers == null ? List.of() : List.copyOf(teamMembers);
        people = people == null ? Map.of() : Map.copyOf(people);
    }
}
