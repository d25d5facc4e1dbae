package id.dkip.core.workflow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** An in-memory group directory for tests and the CLI simulation (Alfresco uses its AuthorityService). */
public class InMemoryDirectory implements DirectoryPort {

    private final Map<String, Set<String>> groups = new LinkedHashMap<>();

    public synchronized InMemoryDirectory group(String groupName, Collection<String> members) {
        groups.put(groupName, new LinkedHashSet<>(members));
        return this;
    }

    @Override
    public synchronized Set<String> members(String groupName) {
        return Set.copyOf(groups.getOrDefault(groupName, Set.of()));
    }
}
