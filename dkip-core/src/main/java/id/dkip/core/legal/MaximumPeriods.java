package id.dkip.core.legal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The longest exemption period, in years, allowed per Pasal 17 ground.
 * <p>
 * Only one maximum is verified: <b>30 years for law enforcement ({@code 17a}), PP 61/2010</b>, the default
 * ({@link #DEFAULT_SPEC}). The maxima for {@code 17b}-{@code 17f} are <em>unverified</em> and therefore unset by default;
 * an administrator sets them by configuration ({@code dkip.legal.maximumPeriods} in Alfresco), never the code.
 * <p>
 * Syntax: comma-separated {@code code=years}, e.g. {@code "17a=30, 17c=25"}. A letter's maximum applies to its
 * points ({@code 17a} covers {@code 17a2}); a point's own entry wins over its letter's. An empty value unsets a ground.
 */
public final class MaximumPeriods {

    /** The verified default: law enforcement, 30 years (PP 61/2010). */
    public static final String DEFAULT_SPEC = "17a=30";

    private final Map<String, Integer> maxima;

    private MaximumPeriods(Map<String, Integer> maxima) {
        this.maxima = Collections.unmodifiableMap(maxima);
    }

    public static MaximumPeriods standard() {
        return parse(DEFAULT_SPEC);
    }

    public static MaximumPeriods none() {
        return new MaximumPeriods(Map.of());
    }

    /**
     * Parses {@code "17a=30, 17c=25"}. Fails with a message naming the bad part: an unknown ground, a non-positive or
     * non-numeric number of years, a missing "=".
     */
    public static MaximumPeriods parse(String spec) {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (spec != null) {
            LegalCatalogue catalogue = LegalCatalogue.standard();
            for (String part : spec.split("[,;]")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                int eq = p.indexOf('=') >= 0 ? p.indexOf('=') : p.indexOf(':');
                if (eq <= 0) {
                    throw new IllegalArgumentException("Bad maximum period '" + p + "' in '" + spec + "': expected code=years, e.g. 17a=30");
                }
                String code = LegalCatalogue.normalise(p.substring(0, eq));
                if (!catalogue.isKnown(code)) {
                    throw new IllegalArgumentException("Bad maximum period '" + p + "': " + code + " is not a UU KIP Pasal 17 ground");
                }
                String value = p.substring(eq + 1).trim();
                if (value.isEmpty()) {
                    map.remove(code);
                    continue;
                }
                try {
                    int years = Integer.parseInt(value);
                    if (years <= 0) {
                        throw new NumberFormatException();
                    }
                    map.put(code, years);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("Bad maximum period '" + p + "': years must be a positive whole number", e);
                }
            }
        }
        return new MaximumPeriods(map);
    }

    /** The maximum for a ground: its own, else its letter's; empty when none is configured. */
    public Optional<Integer> maximumYears(String code) {
        String c = LegalCatalogue.normalise(code);
        Integer own = maxima.get(c);
        if (own != null) {
            return Optional.of(own);
        }
        String letter = LegalCatalogue.letterOf(c);
        return letter == null ? Optional.empty() : Optional.ofNullable(maxima.get("17" + letter));
    }

    /** The configured maxima, code to years. */
    public Map<String, Integer> asMap() {
        return maxima;
    }

    @Override
    public String toString() {
        return maxima.toString();
    }
}
