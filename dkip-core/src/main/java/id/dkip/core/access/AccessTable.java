package id.dkip.core.access;

import id.dkip.core.config.ConfigLocations;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may read an item at each SKKAAD security level (Perka ANRI 17/2011: Biasa/Terbuka, Terbatas, Rahasia, Sangat
 * Rahasia): a table of Alfresco group names per level, with placeholders for the item's owning unit.
 * <p>
 * Properties format ({@value #BUNDLED} is the default): {@code level.TERBATAS=GROUP_A,{unit.ppidPembantuGroup},GROUP_B}.
 * Placeholders: {@code {unit.ppidPembantuGroup}}, {@code {unit.code}} (e.g. {@code GROUP_DKIP_UNIT_{unit.code}}).
 * The owning unit's PPID Pembantu group is always among the readers, listed or not. Every level must be present;
 * an unknown level, an unknown placeholder or an empty group name fails at load with a message naming the key.
 * Immutable and thread-safe.
 */
public final class AccessTable {

    /** Classpath location of the default table. */
    public static final String BUNDLED = "id/dkip/core/access/access-table.properties";
    public static final String PPID_PEMBANTU = "{unit.ppidPembantuGroup}";
    public static final String UNIT_CODE = "{unit.code}";

    private static final String PREFIX = "level.";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]*}");
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9_.\\-@{}]+");

    private final Map<SecurityLevel, List<String>> table;

    private AccessTable(Map<SecurityLevel, List<String>> table) {
        this.table = Collections.unmodifiableMap(table);
    }

    /** The bundled default table. */
    public static AccessTable standard() {
        return load(ConfigLocations.CLASSPATH + BUNDLED);
    }

    /**
     * Loads the table from a {@code classpath:} or {@code file:} location; null or blank gives the bundled default.
     * This is the factory the Alfresco bean uses ({@code dkip.access.tableLocation}).
     */
    public static AccessTable load(String location) {
        String loc = location == null || location.isBlank() ? ConfigLocations.CLASSPATH + BUNDLED : location.trim();
        Properties props = new Properties();
        try (InputStream in = ConfigLocations.open(loc)) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read access table " + loc, e);
        }
        return fromProperties(props, loc);
    }

    /** Builds the table from properties; {@code source} names it in error messages. */
    public static AccessTable fromProperties(Properties props, String source) {
        Map<SecurityLevel, List<String>> table = new EnumMap<>(SecurityLevel.class);
        for (String key : props.stringPropertyNames()) {
            if (!key.startsWith(PREFIX)) {
                throw new IllegalArgumentException("Access table " + source + ": unexpected key '" + key
                        + "' (expected level.BIASA, level.TERBATAS, level.RAHASIA, level.SANGAT_RAHASIA)");
            }
            String levelName = key.substring(PREFIX.length());
            SecurityLevel level = parseLevel(levelName).orElseThrow(() -> new IllegalArgumentException("Access table "
                    + source + ": unknown security level '" + levelName + "' in key '" + key + "' (known: BIASA, TERBATAS, RAHASIA, SANGAT_RAHASIA)"));
            if (table.containsKey(level)) {
                throw new IllegalArgumentException("Access table " + source + ": level " + level + " is listed twice");
            }
            table.put(level, parseGroups(props.getProperty(key), key, source));
        }
        for (SecurityLevel level : SecurityLevel.values()) {
            if (!table.containsKey(level)) {
                throw new IllegalArgumentException("Access table " + source + ": no entry for level." + level.name());
            }
        }
        return new AccessTable(table);
    }

    private static java.util.Optional<SecurityLevel> parseLevel(String name) {
        for (SecurityLevel l : SecurityLevel.values()) {
            if (l.name().equalsIgnoreCase(name.trim())) {
                return java.util.Optional.of(l);
            }
        }
        return SecurityLevel.parse(name);
    }

    private static List<String> parseGroups(String value, String key, String source) {
        List<String> groups = new ArrayList<>();
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("Access table " + source + ": " + key + " lists no group");
        }
        for (String part : v.split(",", -1)) {
            String g = part.trim();
            if (g.isEmpty()) {
                throw new IllegalArgumentException("Access table " + source + ": " + key + " has an empty group name in '" + v + "'");
            }
            if (!GROUP.matcher(g).matches()) {
                throw new IllegalArgumentException("Access table " + source + ": " + key + " has a bad group name '" + g + "'");
            }
            Matcher m = PLACEHOLDER.matcher(g);
            while (m.find()) {
                if (!PPID_PEMBANTU.equals(m.group()) && !UNIT_CODE.equals(m.group())) {
                    throw new IllegalArgumentException("Access table " + source + ": " + key + " has an unknown placeholder "
                            + m.group() + " (known: " + PPID_PEMBANTU + ", " + UNIT_CODE + ")");
                }
            }
            if (PLACEHOLDER.matcher(g.replace(PPID_PEMBANTU, "").replace(UNIT_CODE, "")).find()
                    || g.replace(PPID_PEMBANTU, "").replace(UNIT_CODE, "").matches(".*[{}].*")) {
                throw new IllegalArgumentException("Access table " + source + ": " + key + " has an unbalanced placeholder in '" + g + "'");
            }
            groups.add(g);
        }
        return List.copyOf(groups);
    }

    /**
     * The groups allowed to read an item of {@code level} owned by {@code owner}, in table order, the owner's PPID
     * Pembantu included.
     *
     * @throws IllegalArgumentException when the level is null, or the owner (or its PPID Pembantu group) is missing
     *                                  while the level's row needs it
     */
    public Set<String> readers(SecurityLevel level, Unit owner) {
        Objects.requireNonNull(level, "level");
        Set<String> out = new LinkedHashSet<>();
        for (String g : table.get(level)) {
            String resolved = g;
            if (resolved.contains(PPID_PEMBANTU)) {
                resolved = resolved.replace(PPID_PEMBANTU, ppidGroup(owner, level));
            }
            if (resolved.contains(UNIT_CODE)) {
                if (owner == null) {
                    throw new IllegalArgumentException("Security level " + level + " names " + UNIT_CODE + " but the item has no owning unit");
                }
                resolved = resolved.replace(UNIT_CODE, owner.code());
            }
            out.add(resolved);
        }
        if (!level.isPublic() || owner != null) {
            out.add(ppidGroup(owner, level)); // the owning unit always keeps its PPID Pembantu
        }
        return Collections.unmodifiableSet(out);
    }

    /** The table as configured, placeholders unresolved. */
    public List<String> rawReaders(SecurityLevel level) {
        return table.get(Objects.requireNonNull(level, "level"));
    }

    private static String ppidGroup(Unit owner, SecurityLevel level) {
        if (owner == null || owner.ppidPembantuGroup() == null || owner.ppidPembantuGroup().isBlank()) {
            throw new IllegalArgumentException("Security level " + level.modelValue()
                    + ": the owning unit" + (owner == null ? "" : " " + owner.code())
                    + " has no PPID Pembantu group, which always keeps read access to its items");
        }
        return owner.ppidPembantuGroup().trim();
    }
}
