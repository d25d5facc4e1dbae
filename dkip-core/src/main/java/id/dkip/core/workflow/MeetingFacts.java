package id.dkip.core.workflow;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The meeting of step 3 as recorded on its task (dkipwf:tanggalRapat, dkipwf:waktuMulai, dkipwf:tempatRapat,
 * dkipwf:nomorBeritaAcara): the Berita Acara and the consequence-test sheet carry these, never the SK's date.
 *
 * @param date      the meeting's date
 * @param startTime when it started
 * @param place     where it was held
 * @param number    the Berita Acara's number, or null when the secretariat assigns it later
 */
public record MeetingFacts(LocalDate date, LocalTime startTime, String place, String number) {
    public MeetingFacts {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(place, "place");
        number = number == null || number.isBlank() ? null : number.trim();
    }
}
