package id.dkip.core.register;

import java.util.Locale;

/** Life of a DKIP entry: proposed by a unit, drafted, established by decree, revoked, or opened. */
public enum EntryStatus {
    USULAN, RANCANGAN, DITETAPKAN, DICABUT, DIBUKA;

    /** The value stored in the content model's {@code dkip:status} constraint. */
    public String modelValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryStatus fromModelValue(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
