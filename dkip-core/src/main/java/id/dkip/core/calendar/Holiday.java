package id.dkip.core.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * One day off in the government calendar: a national holiday ({@code libur}) or a collective leave day
 * ({@code cuti_bersama}), both set yearly by the joint decree of three ministers (SKB 3 Menteri).
 *
 * @param date   the day
 * @param kind   what kind of day off it is
 * @param name   its name as published, e.g. "Cuti bersama Idul Fitri"
 * @param source where the row was read from (bundled file or an administrator's file), for diagnostics
 */
public record Holiday(LocalDate date, Kind kind, String name, String source) {

    /** Values of the CSV's {@code kind} column. */
    public enum Kind {
        /** Hari libur nasional. */
        LIBUR("libur"),
        /** Cuti bersama. */
        CUTI_BERSAMA("cuti_bersama"),
        /** A day cancelled by an amending decree: removes the date from the days off loaded before it. */
        BATAL("batal");

        private final String csvValue;

        Kind(String csvValue) {
            this.csvValue = csvValue;
        }

        public String csvValue() {
            return csvValue;
        }

        static Kind parse(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (Kind k : values()) {
                if (k.csvValue.equals(v)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown kind '" + value + "' (expected libur, cuti_bersama or batal)");
        }
    }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
