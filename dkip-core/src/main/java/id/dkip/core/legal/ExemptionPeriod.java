package id.dkip.core.legal;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The exemption period (jangka waktu pengecualian) of an entry, with the words it was written in.
 * <ul>
 *   <li>{@code YEARS}: a duration of {@code years} (and {@code months}, for "6 bulan": 0 years 6 months) counted
 *       from the entry's start date ("20 Tahun", "5 tahun sejak ditetapkan", "6 bulan");</li>
 *   <li>{@code UNTIL_DATE}: until {@code untilDate};</li>
 *   <li>{@code UNTIL_EVENT}: until an event described in {@code event} ("atas persetujuan yang bersangkutan");</li>
 *   <li>{@code PERMANENT}: no end ("permanen", "tidak terbatas"): allowed only where the ground allows it;</li>
 *   <li>{@code UNSPECIFIED}: nothing usable was written.</li>
 * </ul>
 * {@code startEvent} is the event a duration counts from when the table names one other than the decree
 * ("5 tahun setelah keputusan disiplin" -&gt; "keputusan disiplin"): the expiry is then the event's date plus the
 * duration, not the SK date plus the duration, and the entry's period start must be that event's date.
 */
public record ExemptionPeriod(Kind kind, Integer years, LocalDate untilDate, String event, String original,
                              Integer months, String startEvent) {

    public enum Kind { YEARS, UNTIL_DATE, UNTIL_EVENT, PERMANENT, UNSPECIFIED }

    /** A period without months or start event (the form stored by the repository model). */
    public ExemptionPeriod(Kind kind, Integer years, LocalDate untilDate, String event, String original) {
        this(kind, years, untilDate, event, original, null, null);
    }

    public static ExemptionPeriod ofYears(int years, String original) {
        return new ExemptionPeriod(Kind.YEARS, years, null, null, original);
    }

    /** A duration in months: 18 months are 1 year and 6 months. */
    public static ExemptionPeriod ofMonths(int months, String original) {
        return new ExemptionPeriod(Kind.YEARS, months / 12, null, null, original, months % 12 == 0 ? null : months % 12, null);
    }

    /** The same duration counted from {@code event} instead of the decree. */
    public ExemptionPeriod countedFrom(String event) {
        return new ExemptionPeriod(kind, years, untilDate, this.event, original, months, event);
    }

    public static ExemptionPeriod until(LocalDate date, String original) {
        return new ExemptionPeriod(Kind.UNTIL_DATE, null, date, null, original);
    }

    public static ExemptionPeriod untilEvent(String event, String original) {
        return new ExemptionPeriod(Kind.UNTIL_EVENT, null, null, event, original);
    }

    public static ExemptionPeriod permanent(String original) {
        return new ExemptionPeriod(Kind.PERMANENT, null, null, null, original);
    }

    public static ExemptionPeriod unspecified(String original) {
        return new ExemptionPeriod(Kind.UNSPECIFIED, null, null, null, original);
    }

    /** The whole duration in months (YEARS only), else null. */
    public Integer totalMonths() {
        if (kind != Kind.YEARS || (years == null && months == null)) {
            return null;
        }
        return (years == null ? 0 : years) * 12 + (months == null ? 0 : months);
    }

    /**
     * The date the exemption ends, if it ends on a date: start + duration, or the fixed date. For a duration with a
     * {@link #startEvent()}, {@code start} must be the event's date (the entry's period start), not the SK date.
     */
    public Optional<LocalDate> expiry(LocalDate start) {
        return switch (kind) {
            case YEARS -> start == null || totalMonths() == null ? Optional.empty() : Optional.of(start.plusMonths(totalMonths()));
            case UNTIL_DATE -> Optional.of(untilDate);
            default -> Optional.empty();
        };
    }

    /** Event-bound periods never expire by date; they are reviewed periodically instead. */
    public boolean isEventBound() {
        return kind == Kind.UNTIL_EVENT;
    }
}
