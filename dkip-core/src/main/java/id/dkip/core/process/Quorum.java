package id.dkip.core.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SOP's quorum for the Tim PPID Pembantu meeting: "50% + 1" of the members, read as at least floor(n/2)+1
 * members present (7 members: 4; 8 members: 5). A team of no members never has a quorum.
 */
public final class Quorum {

    private Quorum() {
    }

    public static int required(int members) {
        return members / 2 + 1;
    }

    /** Decide on the meeting from the team's members and the people recorded as present. */
    public static QuorumDecision decide(Collection<String> members, Collection<String> attendees) {
        Set<String> team = new LinkedHashSet<>(members);
        Set<String> present = new LinkedHashSet<>();
        List<String> notMembers = new ArrayList<>();
        for (String a : attendees) {
            if (team.contains(a)) {
                present.add(a);
            } else if (!notMembers.contains(a)) {
                notMembers.add(a);
            }
        }
        int n = team.size();
        int required = required(n);
        boolean reached = n > 0 && present.size() >= required;
        String reason = n == 0
                ? "Tim PPID Pembantu tidak memiliki anggota; rapat tidak dapat mengambil keputusan."
                : reached
                ? String.format("Kuorum tercapai: %d dari %d anggota hadir (minimal %d).", present.size(), n, required)
                : String.format("Kuorum tidak tercapai: %d dari %d anggota hadir, minimal %d; rapat harus dijadwalkan ulang.",
                        present.size(), n, required);
        return new QuorumDecision(n, present.size(), required, reached, reason, notMembers);
    }
}
