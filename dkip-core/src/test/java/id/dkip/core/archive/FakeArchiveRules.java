package id.dkip.core.archive;

import id.dkip.core.legal.Finding;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.Unit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Test stand-in for the legal rules: a holiday set, "no ground" and "Biasa level" as the only errors, an access
 * table of one PPID group per level plus auditors for Terbatas. Review date = 30 working days before expiry, as
 * PerKI 1/2021 says, counted over this calendar.
 */
public final class FakeArchiveRules implements ArchiveRules {

    public static final String PPID_UTAMA = "GROUP_DKIP_PPID";
    public static final String AUDITOR = "GROUP_DKIP_AUDITOR";
    public static final String PIMPINAN = "GROUP_DKIP_ATASAN_PPID";

    private final Set<LocalDate> holidays = new LinkedHashSet<>();

    public FakeArchiveRules holidays(LocalDate... days) {
        holidays.addAll(List.of(days));
        return this;
    }

    @Override
    public List<Finding> validate(DkipEntry entry) {
        List<Finding> out = new ArrayList<>();
        if (entry.grounds().isEmpty()) {
            out.add(new Finding("DKIP-GROUND-MISSING", Finding.Severity.ERROR, "grounds", entry.id(), List.of()));
        }
        if (entry.securityLevel() == SecurityLevel.BIASA) {
            out.add(new Finding("DKIP-LEVEL-PUBLIC", Finding.Severity.ERROR, "securityLevel", entry.id(), List.of()));
        }
        if (entry.publicInterest() == null) {
            out.add(new Finding("DKIP-PUBLIC-INTEREST-MISSING", Finding.Severity.WARNING, "publicInterest", entry.id(), List.of()));
        }
        return out;
    }

    @Override
    public Optional<LocalDate> expiry(DkipEntry entry) {
        return entry.period() == null ? Optional.empty() : entry.period().expiry(entry.periodStart());
    }

    @Override
    public LocalDate reviewDate(LocalDate expiry) {
        LocalDate d = expiry;
        int n = 0;
        while (n < 30) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return d;
    }

    @Override
    public Set<String> readers(SecurityLevel level, Unit owner) {
        return switch (level) {
            case BIASA -> Set.of("GROUP_EVERYONE");
            case TERBATAS -> new LinkedHashSet<>(List.of(PPID_UTAMA, AUDITOR));
            case RAHASIA -> new LinkedHashSet<>(List.of(PPID_UTAMA));
            case SANGAT_RAHASIA -> new LinkedHashSet<>(List.of(PIMPINAN));
        };
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(date);
    }
}
