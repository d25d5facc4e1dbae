package id.dkip.core.workflow;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Who is in a group and how people are named (Alfresco: AuthorityService and the person nodes). */
public interface DirectoryPort {

    /** The user names in the group (directly or through subgroups). */
    Set<String> members(String groupName);

    /**
     * Each user's name and jabatan as the run's documents write them: the one name source of every document of a
     * run. By default the user name itself, without a jabatan.
     */
    default Map<String, Person> people(Collection<String> userNames) {
        Map<String, Person> out = new LinkedHashMap<>();
        for (String u : userNames) {
            out.putIfAbsent(u, new Person(u, u, null));
        }
        return out;
    }
}
