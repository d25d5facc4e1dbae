package id.dkip.core.archive;

import id.dkip.core.calendar.ComputedDate;
import id.dkip.core.legal.Finding;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the archive rules need from the legal rules: validation, the period's dates, who may read and which days
 * are working days. {@link LegalArchiveRules} implements it with the legal package's {@code EntryValidator},
 * {@code ExemptionDates}, {@code AccessTable} and {@code WorkingDayCalendar}; tests may supply a small fake.
 */
public interface ArchiveRules {

    /** Every finding about the entry (errors refuse the classification, warnings are recorded). */
    List<Finding> validate(DkipEntry entry);

    /** The date the exemption ends, when it ends on a date (never for event-bound or permanent periods). */
    Optional<LocalDate> expiry(DkipEntry entry);

    /**
     * The date the PPID must re-designate by: 30 working days before {@code expiry} (PerKI 1/2021); empty when the
     * holiday data does not cover the dates involved yet (an expiry years ahead): never guessed.
     */
    Optional<LocalDate> reviewDate(LocalDate expiry);

    /**
     * The review date and whether it is provisional (counted over a year whose SKB 3 Menteri decree is not loaded;
     * stored as dkip:tanggalSementara and recomputed when the decree is loaded). Rules that know no provisional
     * calendar mark nothing provisional.
     */
    default Optional<ComputedDate> reviewDateMarked(LocalDate expiry) {
        return reviewDate(expiry).map(d -> new ComputedDate(d, false));
    }

    /** The groups allowed to read an item of this level owned by this unit (the SKKAAD access table). */
    Set<String> readers(SecurityLevel level, Unit owner);

    /**
     * Monday-Friday less national holidays and cuti bersama.
     *
     * @throws RuntimeException (the calendar's range exception) for a date outside the loaded years
     */
    boolean isWorkingDay(LocalDate date);
}
