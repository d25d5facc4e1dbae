package id.dkip.core.archive;

import id.dkip.core.legal.Finding;
import id.dkip.core.legal.SecurityLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What happens to a document when it is classified (SOP step 6), decided by {@link FilingPlanner}:
 * <ul>
 *   <li>{@link Outcome#FILE}: valid and established: dates, permissions, destination and retention below apply;</li>
 *   <li>{@link Outcome#REFUSE}: the legal rules found errors: nothing may change; {@code findings} says why;</li>
 *   <li>{@link Outcome#DRAFT}: still a proposal (usulan/rancangan): nothing is filed yet;</li>
 *   <li>{@link Outcome#RELEASE}: the exemption was revoked or opened: permissions are inherited again.</li>
 * </ul>
 *
 * @param findings     every finding (errors and warnings), for the refusal message and the audit trail
 * @param expiry       the date the exemption ends, when it ends on a date
 * @param reviewDate   the re-designation deadline (30 working days before expiry)
 * @param reviewProvisional true when the review date was counted over a year without its SKB 3 Menteri decree
 * @param eventBound   true for a period that ends on an event: never expires by date, reviewed periodically
 * @param level        the SKKAAD level the document is filed under
 * @param folderName   the name of the level's folder inside the unit's archive area
 */
public record FilingDecision(Outcome outcome, List<Finding> findings, LocalDate expiry, LocalDate reviewDate,
                             boolean reviewProvisional, boolean eventBound, SecurityLevel level, String folderName, PermissionPlan permissions,
                             Retention retention) {

    public enum Outcome { FILE, REFUSE, DRAFT, RELEASE }

    public FilingDecision {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public List<Finding> errors() {
        return findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).toList();
    }

    public Optional<LocalDate> expiryDate() {
        return Optional.ofNullable(expiry);
    }

    public Optional<LocalDate> review() {
        return Optional.ofNullable(reviewDate);
    }
}
