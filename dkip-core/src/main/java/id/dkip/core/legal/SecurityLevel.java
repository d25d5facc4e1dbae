package id.dkip.core.legal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Security and access classification of dynamic archives (SKKAAD, Perka ANRI 17/2011): four levels.
 * {@link #modelValue()} is the value stored in the content model's {@code dkip:tingkatKeamanan} constraint.
 */
public enum SecurityLevel {
    BIASA("Biasa/Terbuka"),
    TERBATAS("Terbatas"),
    RAHASIA("Rahasia"),
    SANGAT_RAHASIA("Sangat Rahasia");

    private final String modelValue;

    SecurityLevel(String modelValue) {
        this.modelValue = modelValue;
    }

    public String modelValue() {
        return modelValue;
    }

    /** Only Biasa/Terbuka may be seen by the public. */
    public boolean isPublic() {
        return this == BIASA;
    }

    /** Accepts the model value, the enum name or common spellings ("sangat rahasia", "biasa", "terbuka"). */
    public static Optional<SecurityLevel> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (t.equals("terbuka") || t.startsWith("biasa")) {
            return Optional.of(BIASA);
        }
        return Arrays.stream(values())
                .filter(l -> l.modelValue.toLowerCase(Locale.ROOT).equals(t) || l.name().replace('_', ' ').toLowerCase(Locale.ROOT).equals(t))
                .findFirst();
    }
}
