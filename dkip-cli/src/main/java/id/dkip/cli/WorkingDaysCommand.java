package id.dkip.cli;

import id.dkip.core.calendar.CalendarRangeException;
import id.dkip.core.calendar.WorkingDayCalendar;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code working-days DATE N}: the date N working days after DATE. {@code working-days DATE1 DATE2}: how many
 * working days there are after DATE1 up to and including DATE2. ISO dates in and out.
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
        WorkingDayCalendar calendar = holidays == null ? WorkingDayCalendar.standard()
                : WorkingDayCalendar.standardWith(String.join(",", holidays));
        try {
            if (second.matches("\\d+")) {
                out.println(calendar.addWorkingDays(from, Integer.parseInt(second)));
                return ExitCode.OK;
            }
            LocalDate to = parseDate(second);
            if (to == null) {
                err.println(msg.get("error.badCount", second));
                return ExitCode.UNUSABLE;
            }
            out.println(calendar.countWorkingDays(from, to));
            return ExitCode.OK;
        } catch (CalendarRangeException e) {
            err.println(msg.get("error.calendar", e.getDate(), String.valueOf(e.getDate().getYear()), e.getLoadedYears()));
            return ExitCode.UNUSABLE;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
