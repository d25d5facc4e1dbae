package id.dkip.core.workflow;

import java.util.Set;

/** Who is in a group (Alfresco: AuthorityService); used for the meeting's quorum over the team's members. */
public interface DirectoryPort {

    /** The user names in the group (directly or through subgroups). */
    Set<String> members(String groupName);
}
