package id.dkip.core.archive;

import id.dkip.core.calendar.ComputedDate;
import id.dkip.core.legal.Finding;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.register.Unit;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The filing decision for a classified document: validate, then dates, then the permission set, then the
 * destination folder, then retention. Pure: the Alfresco shell applies the decision, the CLI simulates it.
 */
public final class FilingPlanner {

    /** Name of the archive area folder in each unit's document library. */
    public static final String AREA_FOLDER_NAME = "Arsip Informasi Dikecualikan";
    /** Name of the drop folder (its folder rule files what arrives, by Share or WebDAV). */
    public static final String DROP_FOLDER_NAME = "Penerimaan Arsip";

    private final ArchiveRules rules;
    private final Retention defaultRetention;

    public FilingPlanner(ArchiveRules rules, Retention defaultRetention) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.defaultRetention = Objects.requireNonNull(defaultRetention, "defaultRetention");
    }

    /**
     * @param entry the classification the document carries
     * @param owner the owning unit (its PPID Pembantu group keeps Collaborator on the document)
     */
    public FilingDecision plan(DkipEntry entry, Unit owner) {
        Objects.requireNonNull(entry, "entry");
        EntryStatus status = entry.status();
        if (status == EntryStatus.USULAN || status == EntryStatus.RANCANGAN) {
            return new FilingDecision(FilingDecision.Outcome.DRAFT, List.of(), null, null, false, false,
                    entry.securityLevel(), null, null, null);
        }
        if (status == EntryStatus.DICABUT || status == EntryStatus.DIBUKA) {
            return new FilingDecision(FilingDecision.Outcome.RELEASE, List.of(), null, null, false, false,
                    entry.securityLevel(), null, PermissionPlan.inherited(), null);
        }
        List<Finding> findings = rules.validate(entry);
        boolean hasErrors = findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
        if (hasErrors) {
            return new FilingDecision(FilingDecision.Outcome.REFUSE, findings, null, null, false, false,
                    entry.securityLevel(), null, null, null);
        }
        boolean eventBound = entry.period() != null && entry.period().isEventBound();
        Optional<LocalDate> expiry = eventBound ? Optional.empty() : rules.expiry(entry);
        Optional<ComputedDate> review = expiry.flatMap(rules::reviewDateMarked);
        SecurityLevel level = entry.securityLevel();
        return new FilingDecision(FilingDecision.Outcome.FILE, findings, expiry.orElse(null),
                review.map(ComputedDate::date).orElse(null), review.map(ComputedDate::provisional).orElse(false), eventBound,
                level, folderName(level), permissions(level, owner), defaultRetention);
    }

    /**
     * Exactly the access table's readers as Consumer; the owning unit's PPID Pembantu as Collaborator. Biasa/Terbuka
     * inherits from its folder. With no level at all (the validator reports it), only the owning PPID Pembantu may
     * read: the most restrictive reading, never a guess towards openness.
     */
    public PermissionPlan permissions(SecurityLevel level, Unit owner) {
        if (level != null && level.isPublic()) {
            return PermissionPlan.inherited();
        }
        Map<String, String> grants = new LinkedHashMap<>();
        if (level != null) {
            for (String reader : rules.readers(level, owner)) {
                grants.put(reader, PermissionPlan.CONSUMER);
            }
        }
        if (owner != null && owner.ppidPembantuGroup() != null && !owner.ppidPembantuGroup().isBlank()) {
            grants.put(owner.ppidPembantuGroup(), PermissionPlan.COLLABORATOR);
        }
        return PermissionPlan.restricted(grants);
    }

    /** The level's folder name; {@code cm:name} may not contain '/', so Biasa/Terbuka becomes "Biasa-Terbuka". */
    public static String folderName(SecurityLevel level) {
        return level == null ? "Tanpa Tingkat" : level.modelValue().replace('/', '-');
    }
}
