package id.dkip.alfresco.calendar;

import id.dkip.core.calendar.CalendarMessages;
import id.dkip.core.calendar.HolidayFileException;
import id.dkip.core.calendar.ProvisionalRules;
import id.dkip.core.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Loads next year's SKB 3 Menteri holidays without a restart: re-reads the configured holiday files
 * ({@code dkip.calendar.extraHolidays}) and the provisional rules ({@code dkip.calendar.provisionalRules}) and swaps
 * the data of the running calendar bean ({@code dkip.calendar.workingDays}), so every service holding it (due dates,
 * review dates, the expiry job) computes with the new year at once. A bad file changes nothing and is reported in
 * the administrator's language. Called by the admin web script {@code POST /dkip/admin/kalender/muat-ulang}.
 * <p>
 * From October on, while next year's decree is missing, a warning is logged at start-up and returned by every
 * reload.
 */
public class HolidayCalendarReloader implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(HolidayCalendarReloader.class);

    private WorkingDayCalendar calendar;
    private String extraHolidays;
    private String provisionalRules;
    private ZoneId zone = ZoneId.of("Asia/Jakarta");

    /** The shared calendar bean whose data is replaced. */
    public void setCalendar(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The same locations as the calendar bean ({@code dkip.calendar.extraHolidays}). */
    public void setExtraHolidays(String extraHolidays) {
        this.extraHolidays = extraHolidays;
    }

    /** {@code dkip.calendar.provisionalRules}; blank: the bundled rules. */
    public void setProvisionalRules(String provisionalRules) {
        this.provisionalRules = provisionalRules;
    }

    /** {@code dkip.timeZone}: "today" for the October warning. */
    public void setTimeZone(String timeZone) {
        this.zone = ZoneId.of(timeZone.trim());
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "calendar", calendar);
        warning(Locale.ENGLISH).ifPresent(LOG::warn);
    }

    /**
     * Reads the holiday files again and swaps them in.
     *
     * @throws HolidayFileException when a file is missing or has a bad row: the running calendar is unchanged
     */
    public Result reload(Locale locale) {
        WorkingDayCalendar fresh = WorkingDayCalendar.standardWith(extraHolidays, ProvisionalRules.load(provisionalRules));
        SortedSet<Integer> added = calendar.reload(fresh);
        Optional<String> warning = warning(locale);
        warning.ifPresent(LOG::warn);
        return new Result(List.copyOf(calendar.loadedYears()), List.copyOf(added), warning.orElse(null));
    }

    /** The October-on warning about next year's missing decree, in {@code locale}; empty when there is none. */
    public Optional<String> warning(Locale locale) {
        LocalDate today = LocalDate.now(zone);
        return calendar.missingNextYear(today).stream().boxed().findFirst()
                .map(year -> CalendarMessages.get(locale, "calendar.nextYearMissing", year));
    }

    /**
     * What a reload did.
     *
     * @param completeYears the years now declared complete
     * @param newYears      those that became complete with this reload (their provisional dates are final now)
     * @param warning       the next-year warning, or null
     */
    public record Result(List<Integer> completeYears, List<Integer> newYears, String warning) {
    }
}
