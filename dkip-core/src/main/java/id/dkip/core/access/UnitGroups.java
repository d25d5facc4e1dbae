package id.dkip.core.access;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which group is each unit's PPID Pembantu, from configuration only: an explicit map
 * ({@code dkip.access.unitGroups}, "YANKES=GROUP_DKIP_PPID_YANKES;SEKRET=GROUP_X") and, for units it does not
 * name, a pattern ({@code dkip.access.unitGroupPattern}, default {@value #DEFAULT_PATTERN}). Grants on filed
 * documents come from here, never from the editable dkip:ppidPembantu text, so nobody can point a grant at a
 * group of their choosing. Unit codes compare trimmed and case-insensitively. Immutable.
 */
public final class UnitGroups {

    public static final String DEFAULT_PATTERN = "GROUP_DKIP_PPID_" + AccessTable.UNIT_CODE;

    private final Map<String, String> explicit;
    private final String pattern;

    private UnitGroups(Map<String, String> explicit, String pattern) {
        this.explicit = Map.copyOf(explicit);
        this.pattern = pattern;
    }

    /**
     * @param map     "CODE=GROUP;CODE=GROUP" (';' or ',' between pairs), may be blank
     * @param pattern a group name containing {@code {unit.code}}, or blank for none (then only mapped units have one)
     * @throws IllegalArgumentException naming the bad pair or pattern
     */
    public static UnitGroups parse(String map, String pattern) {
        Map<String, String> out = new LinkedHashMap<>();
        for (SettingPair pair : SettingPair.parse(map)) {
            String code = pair.left();
            String group = pair.right();
            if (code.isEmpty() || !group.startsWith("GROUP_") || group.length() == "GROUP_".length()) {
                throw new IllegalArgumentException("dkip.access.unitGroups: '" + pair.text()
                        + "' is not UNIT=GROUP_NAME (the group with its GROUP_ prefix)");
            }
            out.put(key(code), group);
        }
        String p = pattern == null ? "" : pattern.trim();
        if (!p.isEmpty() && (!p.startsWith("GROUP_") || !p.contains(AccessTable.UNIT_CODE))) {
            throw new IllegalArgumentException("dkip.access.unitGroupPattern: '" + p + "' must start with GROUP_ and contain "
                    + AccessTable.UNIT_CODE);
        }
        return new UnitGroups(out, p);
    }

    /** The standard convention only: GROUP_DKIP_PPID_&lt;unit code&gt;. */
    public static UnitGroups standard() {
        return parse("", DEFAULT_PATTERN);
    }

    /** The unit's PPID Pembantu group name (GROUP_ prefix included), or empty for no unit / no rule. */
    public Optional<String> groupOf(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return Optional.empty();
        }
        String mapped = explicit.get(key(unitCode));
        if (mapped != null) {
            return Optional.of(mapped);
        }
        if (pattern.isEmpty()) {
            return Optional.empty();
        }
        // unit codes become part of a group name: only letters, digits, '_' and '-' survive
        String safe = unitCode.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_\\-]", "_");
        return Optional.of(pattern.replace(AccessTable.UNIT_CODE, safe));
    }

    /** True when {@code group} is some unit's PPID Pembantu group under this configuration. */
    public boolean isUnitGroup(String group) {
        if (group == null) {
            return false;
        }
        if (explicit.containsValue(group)) {
            return true;
        }
        if (pattern.isEmpty()) {
            return false;
        }
        int at = pattern.indexOf(AccessTable.UNIT_CODE);
        String prefix = pattern.substring(0, at);
        String suffix = pattern.substring(at + AccessTable.UNIT_CODE.length());
        return group.length() > prefix.length() + suffix.length() && group.startsWith(prefix) && group.endsWith(suffix);
    }

    private static String key(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }
}
