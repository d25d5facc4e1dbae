package id.dkip.alfresco.archive;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.doAnswer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.security.AccessPermission;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.OwnableService;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.service.namespace.QNamePattern;

/**
 * A small in-memory repository behind Mockito mocks of NodeService and PermissionService: nodes with type,
 * properties, aspects, a primary parent, children by name, target associations, inheritance flag and direct
 * permissions. Enough for the archive rules to run twice and see their own effects (idempotence, re-filing);
 * every call still goes through the mocks, so tests can verify which writes happened. Permission changes, owner
 * changes and moves are checked against {@link PermissionModelStandIn} as Alfresco's method security checks them.
 */
final class FakeRepository {

    record Permission(String authority, String permission) implements AccessPermission {
        @Override
        public String getPermission() {
            return permission;
        }

        @Override
        public AccessStatus getAccessStatus() {
            return AccessStatus.ALLOWED;
        }

        @Override
        public String getAuthority() {
            return authority;
        }

        @Override
        public boolean isSetDirectly() {
            return true;
        }
    }

    final NodeService nodeService = mock(NodeService.class);
    final PermissionService permissionService = mock(PermissionService.class);
    final OwnableService ownableService = mock(OwnableService.class);
    final PermissionModelStandIn model = new PermissionModelStandIn();
    /** cm:owner, else the creator (the user logged in when the node was made), as OwnableService answers. */
    final Map<NodeRef, String> owners = new HashMap<>();

    final Map<NodeRef, QName> types = new HashMap<>();
    final Map<NodeRef, Map<QName, Serializable>> properties = new HashMap<>();
    final Map<NodeRef, Set<QName>> aspects = new HashMap<>();
    final Map<NodeRef, NodeRef> parents = new HashMap<>();
    final Map<NodeRef, Map<String, NodeRef>> children = new HashMap<>();
    final Map<NodeRef, List<AssociationRef>> targets = new HashMap<>();
    final Map<NodeRef, Boolean> inherits = new HashMap<>();
    final Map<NodeRef, Set<Permission>> grants = new HashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    FakeRepository() {
        model.attach(this);
        when(ownableService.getOwner(any())).thenAnswer(i -> ownerOf(i.getArgument(0)));
        doAnswer(i -> {
            model.require(i.getArgument(0), "SetOwner");
            return owners.put(i.getArgument(0), i.getArgument(1));
        }).when(ownableService).setOwner(any(), anyString());
        when(nodeService.exists(any(NodeRef.class))).thenAnswer(i -> types.containsKey(i.<NodeRef>getArgument(0)));
        when(nodeService.getType(any())).thenAnswer(i -> types.get(i.<NodeRef>getArgument(0)));
        when(nodeService.hasAspect(any(), any())).thenAnswer(i -> aspects.getOrDefault(i.<NodeRef>getArgument(0), Set.of()).contains(i.<QName>getArgument(1)));
        doAnswer(i -> {
            NodeRef n = i.getArgument(0);
            aspects.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(i.getArgument(1));
            Map<QName, Serializable> p = i.getArgument(2);
            if (p != null) {
                properties.get(n).putAll(p);
            }
            return null;
        }).when(nodeService).addAspect(any(), any(), any());
        doAnswer(i -> aspects.getOrDefault(i.<NodeRef>getArgument(0), new LinkedHashSet<>()).remove(i.<QName>getArgument(1)))
                .when(nodeService).removeAspect(any(), any());
        when(nodeService.getProperty(any(), any())).thenAnswer(i -> properties.getOrDefault(i.<NodeRef>getArgument(0), Map.of()).get(i.<QName>getArgument(1)));
        when(nodeService.getProperties(any())).thenAnswer(i -> new HashMap<>(properties.get(i.<NodeRef>getArgument(0))));
        doAnswer(i -> {
            NodeRef n = i.getArgument(0);
            if (ContentModel.PROP_NAME.equals(i.getArgument(1)) && parents.containsKey(n)) {
                NodeRef holder = childByName(parents.get(n), (String) i.getArgument(2));
                if (holder != null && !holder.equals(n)) {
                    // Alfresco throws DuplicateChildNodeNameException, which marks the transaction rollback-only
                    throw new IllegalStateException("Duplicate child name: " + i.getArgument(2));
                }
                Map<String, NodeRef> siblings = children.get(parents.get(n));
                siblings.remove(name(n), n);
                siblings.put((String) i.getArgument(2), n);
            }
            return properties.get(n).put(i.getArgument(1), i.getArgument(2));
        }).when(nodeService).setProperty(any(), any(), any());
        doAnswer(i -> properties.get(i.<NodeRef>getArgument(0)).remove(i.<QName>getArgument(1)))
                .when(nodeService).removeProperty(any(), any());
        when(nodeService.getChildByName(any(), any(), anyString())).thenAnswer(i ->
                childByName(i.getArgument(0), i.getArgument(2)));
        when(nodeService.createNode(any(), any(), any(), any(), any())).thenAnswer(i -> {
            Map<QName, Serializable> p = i.getArgument(4);
            NodeRef n = node((String) p.get(ContentModel.PROP_NAME), i.getArgument(3), i.getArgument(0));
            properties.get(n).putAll(p);
            return primary(n);
        });
        when(nodeService.moveNode(any(), any(), any(), any())).thenAnswer(i -> {
            NodeRef n = i.getArgument(0);
            model.require(n, "DeleteNode");
            NodeRef to = i.getArgument(1);
            String name = name(n);
            children.get(parents.get(n)).remove(name);
            parents.put(n, to);
            children.computeIfAbsent(to, k -> new LinkedHashMap<>()).put(name, n);
            return primary(n);
        });
        when(nodeService.addChild(any(NodeRef.class), any(NodeRef.class), any(), any())).thenAnswer(i -> {
            children.computeIfAbsent(i.getArgument(0), k -> new LinkedHashMap<>()).put(name(i.getArgument(1)), i.getArgument(1));
            return new ChildAssociationRef(i.getArgument(2), i.getArgument(0), i.getArgument(3), i.getArgument(1));
        });
        when(nodeService.getPrimaryParent(any())).thenAnswer(i -> primary(i.getArgument(0)));
        when(nodeService.getTargetAssocs(any(), any(QNamePattern.class))).thenAnswer(i ->
                new ArrayList<>(targets.getOrDefault(i.<NodeRef>getArgument(0), List.of())));
        when(nodeService.getSourceAssocs(any(), any(QNamePattern.class))).thenAnswer(i -> {
            List<AssociationRef> out = new ArrayList<>();
            targets.values().forEach(list -> list.stream()
                    .filter(a -> a.getTargetRef().equals(i.getArgument(0)) && i.<QNamePattern>getArgument(1).isMatch(a.getTypeQName()))
                    .forEach(out::add));
            return out;
        });
        when(nodeService.createAssociation(any(), any(), any())).thenAnswer(i -> {
            AssociationRef a = new AssociationRef(i.getArgument(0), i.getArgument(2), i.getArgument(1));
            targets.computeIfAbsent(i.getArgument(0), k -> new ArrayList<>()).add(a);
            return a;
        });

        when(permissionService.getInheritParentPermissions(any())).thenAnswer(i -> inherits.getOrDefault(i.<NodeRef>getArgument(0), true));
        doAnswer(i -> {
            model.require(i.getArgument(0), "ChangePermissions");
            return inherits.put(i.getArgument(0), i.getArgument(1));
        }).when(permissionService).setInheritParentPermissions(any(), anyBoolean());
        when(permissionService.getAllSetPermissions(any(NodeRef.class))).thenAnswer(i ->
                new LinkedHashSet<AccessPermission>(grants.getOrDefault(i.<NodeRef>getArgument(0), Set.of())));
        doAnswer(i -> {
            model.require(i.getArgument(0), "ChangePermissions");
            return grants.computeIfAbsent(i.getArgument(0), k -> new LinkedHashSet<>()).add(new Permission(i.getArgument(1), i.getArgument(2)));
        }).when(permissionService).setPermission(any(NodeRef.class), anyString(), anyString(), eq(true));
        doAnswer(i -> {
            model.require(i.getArgument(0), "ChangePermissions");
            return grants.getOrDefault(i.<NodeRef>getArgument(0), new LinkedHashSet<>()).remove(new Permission(i.getArgument(1), i.getArgument(2)));
        }).when(permissionService).deletePermission(any(NodeRef.class), anyString(), anyString());
        doAnswer(i -> {
            model.require(i.getArgument(0), "ChangePermissions");
            grants.remove(i.<NodeRef>getArgument(0));
            return null;
        }).when(permissionService).deletePermissions(any(NodeRef.class));
    }

    NodeRef node(String name, QName type, NodeRef parent) {
        NodeRef n = new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, "n" + ids.incrementAndGet());
        types.put(n, type);
        owners.put(n, model.runAsUser());
        Map<QName, Serializable> p = new HashMap<>();
        p.put(ContentModel.PROP_NAME, name);
        properties.put(n, p);
        aspects.put(n, new LinkedHashSet<>());
        if (parent != null) {
            parents.put(n, parent);
            children.computeIfAbsent(parent, k -> new LinkedHashMap<>()).put(name, n);
        }
        return n;
    }

    /** A child by cm:name ignoring case, as Alfresco compares child names (ChildByNameKey). */
    NodeRef childByName(NodeRef parent, String name) {
        return children.getOrDefault(parent, Map.of()).entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    String ownerOf(NodeRef n) {
        return owners.get(n);
    }

    NodeRef child(NodeRef parent, String name) {
        return children.getOrDefault(parent, Map.of()).get(name);
    }

    Map<String, String> grantsOf(NodeRef n) {
        Map<String, String> out = new HashMap<>();
        grants.getOrDefault(n, Set.of()).forEach(p -> out.put(p.authority(), p.permission()));
        return out;
    }

    String name(NodeRef n) {
        return (String) properties.get(n).get(ContentModel.PROP_NAME);
    }

    private ChildAssociationRef primary(NodeRef n) {
        NodeRef parent = parents.get(n);
        return new ChildAssociationRef(ContentModel.ASSOC_CONTAINS, parent,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name(n)), n);
    }
}
