package id.dkip.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date computed in working days, and whether it is provisional: some day the computation looked at lies in a year
 * whose SKB 3 Menteri decree is not loaded, so the date may move once it is. Hosts store the flag beside the date
 * (see {@link ProvisionalDates}) and recompute when the decree is loaded.
 */
public record ComputedDate(LocalDate date, boolean provisional) {
    public ComputedDate {
        Objects.requireNonNull(date, "date");
    }
}
