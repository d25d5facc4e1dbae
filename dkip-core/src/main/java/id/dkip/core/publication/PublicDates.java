package id.dkip.core.publication;

import id.dkip.core.documents.text.IndonesianDates;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates on the public page: "13 April 2021" in Indonesian, "13 April 2021" with English month names in English. */
final class PublicDates {
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private PublicDates() {
    }

    static String format(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        return PublicPage.isEnglish(locale) ? ENGLISH.format(date) : IndonesianDates.format(date);
    }
}
