package id.dkip.alfresco.workflow;

import id.dkip.core.workflow.DirectoryPort;
import id.dkip.core.workflow.Person;
import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.alfresco.service.cmr.security.PersonService;
import org.springframework.beans.factory.InitializingBean;

/**
 * The members of a group from Alfresco's AuthorityService (users, also through subgroups), and people as the run's
 * documents name them: the full name by {@link AlfrescoPersonNames} and the jabatan from cm:jobtitle of the person
 * node: the one name source of every document of a run.
 */
public class AlfrescoDirectory implements DirectoryPort, InitializingBean {

    private AuthorityService authorityService;
    private AlfrescoPersonNames personNames;
    private PersonService personService;
    private NodeService nodeService;

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setPersonNames(AlfrescoPersonNames personNames) {
        this.personNames = personNames;
    }

    public void setPersonService(PersonService personService) {
        this.personService = personService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    @Override
    public void afterPropertiesSet() {
        String me = "dkip.workflow.directory";
        ActivitiBeanRegistration.mandatory(me, "authorityService", authorityService);
        ActivitiBeanRegistration.mandatory(me, "personNames", personNames);
        ActivitiBeanRegistration.mandatory(me, "personService", personService);
        ActivitiBeanRegistration.mandatory(me, "nodeService", nodeService);
    }

    @Override
    public Set<String> members(String groupName) {
        return Set.copyOf(authorityService.getContainedAuthorities(AuthorityType.USER, groupName, false));
    }

    @Override
    public Map<String, Person> people(Collection<String> userNames) {
        Map<String, String> shown = personNames.displayNames(userNames);
        Map<String, Person> out = new LinkedHashMap<>();
        shown.forEach((user, name) -> out.put(user, new Person(user, name, jobTitle(user))));
        return out;
    }

    private String jobTitle(String userName) {
        NodeRef person = userName == null || userName.startsWith("GROUP_") ? null : personService.getPersonOrNull(userName);
        Serializable title = person == null ? null : nodeService.getProperty(person, ContentModel.PROP_JOBTITLE);
        return title == null ? null : title.toString();
    }
}
