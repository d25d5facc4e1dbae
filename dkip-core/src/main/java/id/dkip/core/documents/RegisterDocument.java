package id.dkip.core.documents;

import id.dkip.core.register.DkipEntry;
import java.time.LocalDate;
import java.util.List;

/**
 * A register as a JSON file holds it (see {@link id.dkip.core.documents.export.RegisterJson}): the entries, and
 * optionally the meeting that decided them and the decree that establishes them.
 *
 * @param entries the DKIP rows
 * @param meeting the meeting record, or null
 * @param decree  the decree, or null
 */
public record RegisterDocument(List<DkipEntry> entries, MeetingRecord meeting, DecreeInfo decree) {

    public RegisterDocument {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static RegisterDocument of(List<DkipEntry> entries) {
        return new RegisterDocument(entries, null, null);
    }

    /** The date documents are dated by: the decree's, else the meeting's, else today. */
    public LocalDate asOf() {
        if (decree != null && decree.date() != null) {
            return decree.date();
        }
        return meeting != null && meeting.date() != null ? meeting.date() : LocalDate.now();
    }

    public MeetingRecord requireMeeting() {
        if (meeting == null) {
            throw new IllegalArgumentException("The register has no \"meeting\": needed for this document");
        }
        return meeting;
    }

    public DecreeInfo requireDecree() {
        if (decree == null) {
            throw new IllegalArgumentException("The register has no \"decree\": needed for the SK");
        }
        return decree;
    }

    /** The entries the decree establishes: all of them, less those the meeting rejected. */
    public List<DkipEntry> decreeEntries() {
        if (meeting == null) {
            return entries;
        }
        return FinalDocumentCheck.exempted(entries, meeting);
    }
}
