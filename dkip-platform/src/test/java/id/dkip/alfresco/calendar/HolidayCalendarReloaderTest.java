package id.dkip.alfresco.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import id.dkip.alfresco.wiring.ModuleContextLoader;
import id.dkip.core.calendar.ComputedDate;
import id.dkip.core.calendar.HolidayFileException;
import id.dkip.core.calendar.WorkingDayCalendar;
import id.dkip.core.legal.ExemptionDates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * Next year's decree loaded by an administrator with no restart: the running calendar bean, and every service
 * holding it, computes with the new year after the reload; a bad file changes nothing.
 */
class HolidayCalendarReloaderTest {

    private static final String SERVICE_CONTEXT = "alfresco/module/dkip-platform/context/service-context.xml";

    @TempDir
    Path dir;

    @Test
    void loadingNextYearsDecreeNeedsNoRestart() throws Exception {
        Path file = dir.resolve("hari-libur.csv");
        Files.writeString(file, "date,kind,name\n", StandardCharsets.UTF_8); // nothing for 2027 yet
        Properties admin = new Properties();
        admin.setProperty("dkip.calendar.extraHolidays", "file:" + file);
        try (GenericApplicationContext ctx = ModuleContextLoader.load(admin, SERVICE_CONTEXT)) {
            WorkingDayCalendar calendar = ctx.getBean("dkip.calendar.workingDays", WorkingDayCalendar.class);
            ExemptionDates dates = ctx.getBean("dkip.legal.exemptionDates", ExemptionDates.class);
            HolidayCalendarReloader reloader = ctx.getBean("dkip.calendar.reloader", HolidayCalendarReloader.class);
            // before: 2027 provisional; 1 Jan (fixed) is known, the decree's 4 Jan cuti bersama is not
            assertThat(calendar.addWorkingDaysMarked(LocalDate.of(2026, 12, 31), 1))
                    .isEqualTo(new ComputedDate(LocalDate.of(2027, 1, 4), true));
            assertThat(dates.reviewDateMarked(LocalDate.of(2027, 2, 15)).provisional()).isTrue();

            // a bad file: reported in the admin's language, nothing changes
            Files.writeString(file, "date,kind,name\n2027-02-30,libur,X\n", StandardCharsets.UTF_8);
            assertThatThrownBy(() -> reloader.reload(Locale.ENGLISH)).isInstanceOfSatisfying(HolidayFileException.class,
                    e -> assertThat(e.message(Locale.ENGLISH)).contains("line 2", "2027-02-30"));
            assertThat(calendar.loadedYears()).containsExactly(2025, 2026);

            // the decree arrives (test data): loaded into the same bean
            Files.writeString(file, """
                    date,kind,name
                    2027,lengkap,SKB 3 Menteri 2027 (data uji)
                    2027-01-01,libur,Tahun Baru Masehi
                    2027-01-04,cuti_bersama,Cuti bersama (data uji)
                    """, StandardCharsets.UTF_8);
            HolidayCalendarReloader.Result result = reloader.reload(Locale.forLanguageTag("id"));
            assertThat(result.newYears()).containsExactly(2027);
            assertThat(result.completeYears()).containsExactly(2025, 2026, 2027);
            assertThat(calendar.addWorkingDaysMarked(LocalDate.of(2026, 12, 31), 1))
                    .isEqualTo(new ComputedDate(LocalDate.of(2027, 1, 5), false));
            assertThat(dates.reviewDateMarked(LocalDate.of(2027, 2, 15)).provisional()).isFalse();
            assertThat(ctx.getBean("dkip.calendar.workingDays")).isSameAs(calendar);
        }
    }

    @Test
    void theAdminWebScriptAnswersTheYearsOrA400WithTheReason() throws Exception {
        Path file = dir.resolve("hari-libur.csv");
        Files.writeString(file, "2027,lengkap,SKB 3 Menteri 2027 (data uji)\n2027-01-01,libur,Tahun Baru Masehi\n");
        HolidayCalendarReloader reloader = new HolidayCalendarReloader();
        WorkingDayCalendar calendar = WorkingDayCalendar.standardWith(null);
        reloader.setCalendar(calendar);
        reloader.setExtraHolidays("file:" + file);
        reloader.afterPropertiesSet();
        HolidayCalendarReloadPost post = new HolidayCalendarReloadPost();
        post.setReloader(reloader);
        id.dkip.alfresco.archive.ProvisionalReviewDates recompute = mock(id.dkip.alfresco.archive.ProvisionalReviewDates.class);
        org.mockito.Mockito.when(recompute.recompute()).thenReturn(new id.dkip.alfresco.archive.ProvisionalReviewDates.Report(5, 3, 2));
        post.setProvisionalReviewDates(recompute);
        ProvisionalTaskDueDates tasks = mock(ProvisionalTaskDueDates.class);
        org.mockito.Mockito.when(tasks.confirm()).thenReturn(new ProvisionalTaskDueDates.Report(4, 1));
        post.setProvisionalTaskDueDates(tasks);
        post.afterPropertiesSet();

        Map<String, Object> model = post.executeImpl(mock(WebScriptRequest.class), new Status(), null);
        assertThat(model).containsEntry("completeYears", java.util.List.of(2025, 2026, 2027))
                .containsEntry("newYears", java.util.List.of(2027))
                .as("the stored provisional review dates are recomputed after the reload and counted")
                .containsEntry("recomputed", 3).containsEntry("stillProvisional", 2)
                .containsEntry("tasksConfirmed", 4).containsEntry("tasksMoved", 1);
        assertThat(calendar.loadedYears()).contains(2027);

        Files.writeString(file, "2028-01-01,libur\n2028,lengkap,\n");
        assertThatThrownBy(() -> post.executeImpl(mock(WebScriptRequest.class), new Status(), null))
                .isInstanceOfSatisfying(WebScriptException.class,
                        e -> assertThat(e.getStatus()).isEqualTo(Status.STATUS_BAD_REQUEST));
        assertThat(calendar.loadedYears()).containsExactly(2025, 2026, 2027);
        org.mockito.Mockito.verify(recompute, org.mockito.Mockito.times(1)).recompute(); // not after the bad file
    }
}
