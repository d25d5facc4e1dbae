package id.dkip.cli;

import id.dkip.core.calendar.CalendarMessages;
import id.dkip.core.calendar.ComputedDate;
import id.dkip.core.calendar.HolidayFileException;
import id.dkip.core.calendar.WorkingDayCalendar;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code working-days DATE N}: the date N working days after DATE. {@code working-days DATE1 DATE2}: how many
 * working days there are after DATE1 up to and including DATE2. ISO dates in and out. Only the days counted need
 * holiday data; a day in a year without its SKB 3 Menteri decree is judged provisionally (weekends, fixed-date
 * holidays) and stderr says the answer is provisional. From October on, stderr warns while next year is missing.
 */
@Command(name = "working-days",
        description = {"Hari kerja: tanggal N hari kerja setelah TANGGAL, atau jumlah hari kerja antara dua tanggal.",
                "Working days: the date N working days after DATE, or the count between two dates."})
final class WorkingDaysCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATE", description = "YYYY-MM-DD")
    String date;

    @Parameters(index = "1", paramLabel = "N|DATE2", description = "jumlah hari kerja, atau tanggal kedua / a count, or a second date")
    String second;

    /** A year of holidays is ~30 lines; a megabyte is centuries of them. */
    static final long MAX_HOLIDAY_BYTES = 1024 * 1024;

    @Option(names = "--holidays", paramLabel = "CSV", split = ",",
            description = "Berkas hari libur tambahan (date,kind,name). / Extra holiday files (date,kind,name).")
    String[] holidays;

    @Override
    public Integer call() {
        Messages msg = common.messages();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LocalDate from = parseDate(date);
        if (from == null) {
            err.println(msg.get("error.badDate", date));
            return ExitCode.UNUSABLE;
        }
        for (String h : holidays == null ? new String[0] : holidays) {
            String location = h.strip().startsWith("file:") ? h.strip().substring("file:".length()) : h.strip();
            java.nio.file.Path file = java.nio.file.Path.of(location);
            // missing files are skipped by the calendar (optional locations); existing ones must be small
            String problem = location.startsWith("classpath:") || !java.nio.file.Files.isRegularFile(file) ? null
                    : InputFiles.problem(file, MAX_HOLIDAY_BYTES, msg);
            if (problem != null) {
                err.println(problem);
                return ExitCode.UNUSABLE;
            }
        }
        WorkingDayCalendar calendar;
        try {
            calendar = WorkingDayCalendar.standardWith(holidays == null ? null : String.join(",", holidays));
        } catch (HolidayFileException e) {
            err.println(e.message(msg.locale()));
            return ExitCode.UNUSABLE;
        }
        LocalDate to;
        if (second.matches("\\d{1,6}") && Integer.parseInt(second) <= WorkingDayCalendar.MAX_WORKING_DAYS) {
            ComputedDate result = calendar.addWorkingDaysMarked(from, Integer.parseInt(second));
            out.println(result.date());
            to = result.provisional() ? result.date() : null;
        } else {
            LocalDate until = parseDate(second);
            if (until == null) {
                err.println(msg.get("error.badCount", second));
                return ExitCode.UNUSABLE;
            }
            out.println(calendar.countWorkingDays(from, until));
            to = calendar.anyProvisional(from.plusDays(1), until) ? until : null;
        }
        if (to != null) {
            // stdout stays the bare answer for scripts; the reader learns on stderr that it may still move
            err.println(msg.get("working.provisional", provisionalYears(calendar, from, to)));
        }
        calendar.missingNextYear(LocalDate.now()).ifPresent(y ->
                err.println(CalendarMessages.get(msg.locale(), "calendar.nextYearMissing", y)));
        return ExitCode.OK;
    }

    /** The years between the two dates without their decree, e.g. "2027". */
    private static String provisionalYears(WorkingDayCalendar calendar, LocalDate a, LocalDate b) {
        List<String> years = new ArrayList<>();
        for (int y = Math.min(a.getYear(), b.getYear()); y <= Math.max(a.getYear(), b.getYear()); y++) {
            if (!calendar.loadedYears().contains(y)) {
                years.add(Integer.toString(y));
            }
        }
        return String.join(", ", years);
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
