package id.dkip.alfresco.workflow;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.security.PersonService;
import org.springframework.beans.factory.InitializingBean;

/**
 * People's names for the generated documents: a user name becomes "firstName lastName" (cm:firstName, cm:lastName
 * of the person node); a user with neither, an unknown user and a group (GROUP_...) keep their authority name.
 */
public class AlfrescoPersonNames implements UnaryOperator<String>, InitializingBean {

    private PersonService personService;
    private NodeService nodeService;

    public void setPersonService(PersonService personService) {
        this.personService = personService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    @Override
    public void afterPropertiesSet() {
        ActivitiBeanRegistration.mandatory("dkip.workflow.personNames", "personService", personService);
        ActivitiBeanRegistration.mandatory("dkip.workflow.personNames", "nodeService", nodeService);
    }

    /** The person's full name, or the given name unchanged. */
    @Override
    public String apply(String userName) {
        if (userName == null || userName.isBlank() || userName.startsWith("GROUP_")) {
            return userName;
        }
        NodeRef person = personService.getPersonOrNull(userName);
        if (person == null) {
            return userName;
        }
        String full = (text(nodeService.getProperty(person, ContentModel.PROP_FIRSTNAME)) + " "
                + text(nodeService.getProperty(person, ContentModel.PROP_LASTNAME))).trim();
        return full.isEmpty() ? userName : full;
    }

    /**
     * The display name of each distinct authority name among the lists: resolved once each; two people sharing a
     * full name are told apart by their user names, so presence stays exact.
     */
    public Map<String, String> displayNames(Collection<String> authorityNames) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String name : authorityNames) {
            names.computeIfAbsent(name, this::apply);
        }
        Map<String, Long> uses = new HashMap<>();
        names.values().forEach(v -> uses.merge(v, 1L, Long::sum));
        names.replaceAll((user, shown) -> uses.get(shown) > 1 && !shown.equals(user) ? shown + " (" + user + ")" : shown);
        return names;
    }

    private static String text(Serializable value) {
        return value == null ? "" : value.toString().trim();
    }
}
