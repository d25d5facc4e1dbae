package id.dkip.alfresco.workflow;

import id.dkip.core.workflow.DirectoryPort;
import java.util.Set;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.security.AuthorityType;
import org.springframework.beans.factory.InitializingBean;

/** The members of a group from Alfresco's AuthorityService (users, also through subgroups). */
public class AlfrescoDirectory implements DirectoryPort, InitializingBean {

    private AuthorityService authorityService;

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    @Override
    public void afterPropertiesSet() {
        ActivitiBeanRegistration.mandatory("dkip.workflow.directory", "authorityService", authorityService);
    }

    @Override
    public Set<String> members(String groupName) {
        return Set.copyOf(authorityService.getContainedAuthorities(AuthorityType.USER, groupName, false));
    }
}
