package id.dkip.core.workflow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** An in-memory group directory for tests and the CLI simulation (Alfresco uses its AuthorityService). */
public class InMemoryDirectory implements DirectoryPort {

    private final Map<String, Set<String>> groups = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();

    public synchronized InMemoryDirectory group(String groupName, Collection<String> members) {
        groups.put(groupName, new LinkedHashSet<>(members));
        return this;
    }

    /** Name and jabatan of a user. */
    public synchronized InMemoryDirectory person(String userName, String displayName, String jobTitle) {
        people.put(userName, new Person(userName, displayName, jobTitle));
        return this;
    }

    @Override
    public synchronized Set<String> members(String groupName) {
        return Set.copyOf(groups.getOrDefault(groupName, Set.of()));
    }

    @Override
    public synchronized Map<String, Person> people(Collection<String> userNames) {
        Map<String, Person> out = new LinkedHashMap<>();
        for (String u : userNames) {
            out.putIfAbsent(u, people.getOrDefault(u, new Person(u, u, null)));
        }
        return out;
    }
}
