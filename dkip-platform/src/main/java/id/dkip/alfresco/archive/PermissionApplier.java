package id.dkip.alfresco.archive;

import id.dkip.core.archive.PermissionPlan;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessPermission;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;

/**
 * Brings a node's permissions to a {@link PermissionPlan}, changing only what differs (so applying the same plan
 * twice changes nothing). Restricted: inheritance broken, exactly the plan's grants set directly. Inherited:
 * inheritance restored and the direct grants removed.
 */
class PermissionApplier {

    private final PermissionService permissionService;

    PermissionApplier(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    /** @return a description of what changed, or null when nothing did */
    String apply(NodeRef node, PermissionPlan plan) {
        Set<Map.Entry<String, String>> current = direct(node);
        boolean inherits = permissionService.getInheritParentPermissions(node);
        StringBuilder changes = new StringBuilder();
        if (plan.inherit()) {
            if (!inherits) {
                permissionService.setInheritParentPermissions(node, true);
                changes.append("warisan izin dipulihkan; ");
            }
            if (!current.isEmpty()) {
                permissionService.deletePermissions(node);
                changes.append("izin langsung dihapus ").append(current).append("; ");
            }
        } else {
            if (inherits) {
                permissionService.setInheritParentPermissions(node, false);
                changes.append("warisan izin diputus; ");
            }
            Set<Map.Entry<String, String>> wanted = new LinkedHashSet<>(plan.grants().entrySet());
            for (Map.Entry<String, String> c : current) {
                if (!wanted.contains(c)) {
                    permissionService.deletePermission(node, c.getKey(), c.getValue());
                    changes.append('-').append(c.getKey()).append(':').append(c.getValue()).append("; ");
                }
            }
            for (Map.Entry<String, String> g : wanted) {
                if (!current.contains(g)) {
                    permissionService.setPermission(node, g.getKey(), g.getValue(), true);
                    changes.append('+').append(g.getKey()).append(':').append(g.getValue()).append("; ");
                }
            }
        }
        return changes.length() == 0 ? null : changes.toString().trim();
    }

    /** Permissions set on the node itself (authority, role), allowed ones only. */
    private Set<Map.Entry<String, String>> direct(NodeRef node) {
        Set<Map.Entry<String, String>> out = new LinkedHashSet<>();
        for (AccessPermission p : permissionService.getAllSetPermissions(node)) {
            if (p.isSetDirectly() && p.getAccessStatus() == AccessStatus.ALLOWED) {
                out.add(Map.entry(p.getAuthority(), p.getPermission()));
            }
        }
        return out;
    }
}
