package org.alfresco.service.cmr.security;

import java.util.Set;
import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code PermissionService}: only the members the module uses (compile-only, never packaged). */
public interface PermissionService {
    String READ = "Read";
    String CONSUMER = "Consumer";
    String ADD_CHILDREN = "AddChildren";
    String READ_PROPERTIES = "ReadProperties";
    Set<AccessPermission> getAllSetPermissions(NodeRef arg0);
    AccessStatus hasPermission(NodeRef arg0, String arg1);
    void deletePermissions(NodeRef arg0);
    void deletePermission(NodeRef arg0, String arg1, String arg2);
    void setPermission(NodeRef arg0, String arg1, String arg2, boolean arg3);
    void setInheritParentPermissions(NodeRef arg0, boolean arg1);
    boolean getInheritParentPermissions(NodeRef arg0);
}
