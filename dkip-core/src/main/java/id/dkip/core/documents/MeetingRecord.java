package id.dkip.core.documents;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the Tim PPID Pembantu meeting (SOP step 3) recorded: when and where, who attended, and the decision on each
 * DKIP entry (keyed by {@link id.dkip.core.register.DkipEntry#id()}).
 *
 * Documents print the meeting as recorded here, never a default: what is missing (a draft's number, a time or place
 * not recorded yet) is printed as a blank to fill in.
 *
 * @param number    number of the Berita Acara (null: left blank for the secretariat)
 * @param date      date of the meeting (null: not recorded; printed blank)
 * @param startTime time the meeting started ("pukul 10.00 WIB"; null: printed blank)
 * @param place     where it was held (null: printed blank)
 * @param attendees every team member, present or not (the quorum counts all of them)
 * @param decisions decision per entry id; entries without a decision are shown as "belum diputuskan"
 */
public record MeetingRecord(String number, LocalDate date, LocalTime startTime, String place,
                            List<Attendee> attendees, Map<String, Decision> decisions) {

    public MeetingRecord {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
    }

    /** True when the meeting rejected the entry (the information is open, not exempted). */
    public boolean rejected(id.dkip.core.register.DkipEntry entry) {
        Decision d = entry.id() == null ? null : decisions.get(entry.id());
        return d != null && d.outcome() == Outcome.DITOLAK;
    }

    /** SOP step 3: at least floor(n/2)+1 of the n team members ("50% + 1"). */
    public int quorumRequired() {
        return attendees.size() / 2 + 1;
    }

    public int presentCount() {
        return (int) attendees.stream().filter(Attendee::present).count();
    }

    public boolean quorumMet() {
        return !attendees.isEmpty() && presentCount() >= quorumRequired();
    }

    public List<Attendee> present() {
        return attendees.stream().filter(Attendee::present).toList();
    }

    /**
     * A team member.
     *
     * @param name     full name with titles, as signed
     * @param position jabatan as recorded for the meeting (e.g. "Sekretaris Dinas / Ketua Tim"); null: printed blank
     * @param nip      NIP (18 digits, any grouping) or null
     * @param present  whether the member attended
     */
    public record Attendee(String name, String position, String nip, boolean present) {
        public Attendee {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The meeting's decision on one entry.
     *
     * @param outcome                accepted, accepted with revision, rejected
     * @param note                   what must be revised, or why it was rejected
     * @param consequenceTestResult  the result of the consequence test as the meeting worded it
     */
    public record Decision(Outcome outcome, String note, String consequenceTestResult) {
        public Decision {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Decision outcomes with their wording in the Berita Acara. */
    public enum Outcome {
        DITERIMA("Disetujui sebagai informasi yang dikecualikan"),
        DIREVISI("Disetujui dengan perbaikan"),
        DITOLAK("Ditolak (informasi terbuka)");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
