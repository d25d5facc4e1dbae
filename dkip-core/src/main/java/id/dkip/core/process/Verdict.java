package id.dkip.core.process;

import java.util.Locale;

/** The meeting's decision on one proposed entry. */
public enum Verdict {
    /** terima: the information is exempted as proposed. */
    TERIMA,
    /** revisi: exempted after the changes the meeting records. */
    REVISI,
    /** tolak: not exempted; the information stays open to the public. */
    TOLAK;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict of(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown decision '" + value + "' (terima, revisi, tolak)", e);
        }
    }

    /** Whether the entry is established as exempted when the DKIP is signed. */
    public boolean exempts() {
        return this != TOLAK;
    }
}
