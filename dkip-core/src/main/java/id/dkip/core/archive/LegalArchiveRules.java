package id.dkip.core.archive;

import id.dkip.core.access.AccessTable;
import id.dkip.core.calendar.CalendarRangeException;
import id.dkip.core.calendar.ComputedDate;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.legal.EntryValidator;
import id.dkip.core.legal.ExemptionDates;
import id.dkip.core.legal.Finding;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.Unit;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** {@link ArchiveRules} over the legal package: the validator, the exemption dates, the access table, the calendar. */
public final class LegalArchiveRules implements ArchiveRules {

    private final EntryValidator validator;
    private final ExemptionDates dates;
    private final AccessTable accessTable;
    private final WorkingDayCalendar calendar;

    public LegalArchiveRules(EntryValidator validator, ExemptionDates dates, AccessTable accessTable, WorkingDayCalendar calendar) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.accessTable = Objects.requireNonNull(accessTable, "accessTable");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    @Override
    public List<Finding> validate(DkipEntry entry) {
        return validator.validate(entry);
    }

    @Override
    public Optional<LocalDate> expiry(DkipEntry entry) {
        return dates.expiry(entry);
    }

    @Override
    public Optional<LocalDate> reviewDate(LocalDate expiry) {
        return reviewDateMarked(expiry).map(ComputedDate::date);
    }

    @Override
    public Optional<ComputedDate> reviewDateMarked(LocalDate expiry) {
        try {
            return Optional.of(dates.reviewDateMarked(expiry));
        } catch (CalendarRangeException e) {
            return Optional.empty(); // a strict calendar (no provisional rules) without the year
        }
    }

    @Override
    public Set<String> readers(SecurityLevel level, Unit owner) {
        return accessTable.readers(level, owner);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
    }
}
