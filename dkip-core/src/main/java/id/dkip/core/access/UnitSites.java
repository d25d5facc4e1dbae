package id.dkip.core.access;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which Share site belongs to which unit, from configuration ({@code dkip.access.unitSites},
 * "YANKES=dinkes-yankes;SEKRET=dinkes-sekretariat": unit code = site short name). A register row in a unit's site
 * gets that unit from the system, so nobody types (or mistypes) the unit of a proposal. Unit codes are kept in
 * capitals; site short names compare case-insensitively. One site per unit and one unit per site. Immutable.
 */
public final class UnitSites {

    public static final String KEY = "dkip.access.unitSites";

    /** site short name (lower case) to unit code (capitals) */
    private final Map<String, String> unitBySite;

    private UnitSites(Map<String, String> unitBySite) {
        this.unitBySite = Map.copyOf(unitBySite);
    }

    /**
     * @param map "UNIT=site;UNIT=site" (';' or ',' between pairs), may be blank
     * @throws IllegalArgumentException naming the key and the bad pair (no '=', empty side, a site given twice)
     */
    public static UnitSites parse(String map) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SettingPair pair : SettingPair.parse(map)) {
            String unit = pair.left();
            String site = pair.right();
            if (unit.isEmpty() || site.isEmpty()) {
                throw new IllegalArgumentException(KEY + ": '" + pair.text() + "' is not UNIT=siteShortName");
            }
            String previous = out.put(site.toLowerCase(Locale.ROOT), unit.toUpperCase(Locale.ROOT));
            if (previous != null && !previous.equals(unit.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException(KEY + ": site '" + site + "' is given to two units, " + previous
                        + " and " + unit.toUpperCase(Locale.ROOT));
            }
        }
        return new UnitSites(out);
    }

    /** True when no site is given to any unit. */
    public boolean isEmpty() {
        return unitBySite.isEmpty();
    }

    /** The unit code (capitals) of the site, or empty when the site is no unit's (or null). */
    public Optional<String> unitOf(String siteShortName) {
        return siteShortName == null ? Optional.empty() : Optional.ofNullable(unitBySite.get(siteShortName.trim().toLowerCase(Locale.ROOT)));
    }
}
