package id.dkip.core.legal;

import java.time.LocalDate;

/**
 * The exemption period (jangka waktu pengecualian) of an entry, with the words it was written in.
 * <ul>
 *   <li>{@code YEARS}: {@code years} counted from the entry's start date ("20 Tahun", "5 tahun sejak ditetapkan");</li>
 *   <li>{@code UNTIL_DATE}: until {@code untilDate};</li>
 *   <li>{@code UNTIL_EVENT}: until an event described in {@code event} ("atas persetujuan yang bersangkutan");</li>
 *   <li>{@code PERMANENT}: no end ("permanen", "tidak terbatas"): allowed only where the ground allows it;</li>
 *   <li>{@code UNSPECIFIED}: nothing usable was written.</li>
 * </ul>
 */
public record ExemptionPeriod(Kind kind, Integer years, LocalDate untilDate, String event, String original) {

    public enum Kind { YEARS, UNTIL_DATE, UNTIL_EVENT, PERMANENT, UNSPECIFIED }

    public static ExemptionPeriod ofYears(int years, String original) {
        return new ExemptionPeriod(Kind.YEARS, years, null, null, original);
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

    /** The date the exemption ends, if it ends on a date: start + years, or the fixed date. */
    public java.util.Optional<LocalDate> expiry(LocalDate start) {
        return switch (kind) {
            case YEARS -> start == null ? java.util.Optional.empty() : java.util.Optional.of(start.plusYears(years));
            case UNTIL_DATE -> java.util.Optional.of(untilDate);
            default -> java.util.Optional.empty();
        };
    }

    /** Event-bound periods never expire by date; they are reviewed periodically instead. */
    public boolean isEventBound() {
        return kind == Kind.UNTIL_EVENT;
    }
}
