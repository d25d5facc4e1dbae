package id.dkip.core.archive;

import java.util.Objects;
import java.util.Properties;

/**
 * A JRA (Jadwal Retensi Arsip, UU 43/2009 Pasal 40(4)) row applied to a filed document: classification code,
 * active and inactive retention in years and the final disposition ({@code musnah}, {@code permanen},
 * {@code dinilai kembali}, as stored in {@code dkip:nasibAkhir}).
 */
public record Retention(String classificationCode, int activeYears, int inactiveYears, String disposition) {

    public Retention {
        Objects.requireNonNull(disposition, "disposition");
        if (activeYears < 0 || inactiveYears < 0) {
            throw new IllegalArgumentException("retention years must not be negative");
        }
        classificationCode = classificationCode == null ? "" : classificationCode.trim();
    }

    /**
     * Reads {@code <prefix>kodeKlasifikasi}, {@code <prefix>aktif}, {@code <prefix>inaktif} and
     * {@code <prefix>nasibAkhir}; a missing or malformed value is a configuration error, reported at start-up.
     */
    public static Retention fromProperties(Properties properties, String prefix) {
        String disposition = required(properties, prefix + "nasibAkhir");
        return new Retention(properties.getProperty(prefix + "kodeKlasifikasi", ""),
                years(properties, prefix + "aktif"), years(properties, prefix + "inaktif"), disposition);
    }

    private static int years(Properties properties, String key) {
        String value = required(properties, key);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Configuration " + key + " must be a number of years, was '" + value + "'", e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Configuration " + key + " is missing");
        }
        return value.trim();
    }
}
