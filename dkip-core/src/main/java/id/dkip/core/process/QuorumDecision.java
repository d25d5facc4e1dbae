package id.dkip.core.process;

import java.util.List;

/**
 * Whether a Tim PPID Pembantu meeting may decide, and why.
 *
 * @param members  n, the number of team members
 * @param present  members present (attendees who are not members are not counted)
 * @param required floor(n/2)+1
 * @param reached  present >= required
 * @param reason   a sentence (Indonesian) stating the count, for the Berita Acara and the task history
 * @param notMembers attendees given who are not team members (ignored for the count)
 */
public record QuorumDecision(int members, int present, int required, boolean reached, String reason,
                             List<String> notMembers) {
    public QuorumDecision {
        notMembers = List.copyOf(notMembers);
    }
}
