package id.dkip.core.archive;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The permissions a filed document must carry: either it inherits from its folder ({@link #inherited()}, used for
 * Biasa/Terbuka and when an exemption is opened), or inheritance is broken and exactly {@code grants} apply
 * (authority to role, e.g. {@code GROUP_DKIP_PPID_YANKES -> Collaborator}).
 */
public record PermissionPlan(boolean inherit, Map<String, String> grants) {

    /** Alfresco role names (cm:cmobject permission groups). */
    public static final String CONSUMER = "Consumer";
    public static final String COLLABORATOR = "Collaborator";

    public PermissionPlan {
        grants = Map.copyOf(Objects.requireNonNull(grants, "grants"));
        if (inherit && !grants.isEmpty()) {
            throw new IllegalArgumentException("an inherited permission plan grants nothing itself");
        }
    }

    public static PermissionPlan inherited() {
        return new PermissionPlan(true, Map.of());
    }

    public static PermissionPlan restricted(Map<String, String> grants) {
        return new PermissionPlan(false, new LinkedHashMap<>(grants));
    }
}
