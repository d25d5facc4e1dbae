package id.dkip.core.documents.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/** Day and month names, dates and times as Indonesian official documents write them. */
public final class IndonesianDates {
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final Map<DayOfWeek, String> DAYS = Map.of(
            DayOfWeek.MONDAY, "Senin", DayOfWeek.TUESDAY, "Selasa", DayOfWeek.WEDNESDAY, "Rabu",
            DayOfWeek.THURSDAY, "Kamis", DayOfWeek.FRIDAY, "Jumat", DayOfWeek.SATURDAY, "Sabtu",
            DayOfWeek.SUNDAY, "Minggu");

    private IndonesianDates() {
    }

    public static String dayName(LocalDate date) {
        return DAYS.get(date.getDayOfWeek());
    }

    public static String monthName(int month) {
        return MONTHS[month - 1];
    }

    /** "13 April 2021" (the "Ditetapkan" block, tables). */
    public static String format(LocalDate date) {
        return date == null ? "" : date.getDayOfMonth() + " " + monthName(date.getMonthValue()) + " " + date.getYear();
    }

    /** "pukul 10.00 WIB". */
    public static String time(LocalTime time, String zone) {
        return String.format("pukul %02d.%02d %s", time.getHour(), time.getMinute(), zone);
    }

    /**
     * The parts of a Berita Acara opening: day name, day of month, month name and year in words, e.g. Rabu / dua
     * puluh delapan / April / dua ribu dua puluh satu; {@code titleCase} capitalises the number words.
     */
    public static DateInWords inWords(LocalDate date, boolean titleCase) {
        String day = NumberWords.of(date.getDayOfMonth());
        String year = NumberWords.of(date.getYear());
        if (titleCase) {
            day = NumberWords.titleCase(day);
            year = NumberWords.titleCase(year);
        }
        return new DateInWords(dayName(date), day, monthName(date.getMonthValue()), year);
    }

    /** A date in words, in its four parts. */
    public record DateInWords(String dayName, String dayOfMonth, String month, String year) {
        /** "Pada hari ini Rabu tanggal dua puluh delapan bulan April tahun dua ribu dua puluh satu". */
        public String opening() {
            return "Pada hari ini " + dayName + " tanggal " + dayOfMonth + " bulan " + month + " tahun " + year;
        }
    }
}
