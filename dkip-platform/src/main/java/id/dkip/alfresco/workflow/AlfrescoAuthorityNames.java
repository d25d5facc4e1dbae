package id.dkip.alfresco.workflow;

import id.dkip.core.workflow.AuthorityNames;
import java.io.Serializable;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.jscript.ScriptNode;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.springframework.beans.factory.InitializingBean;

/**
 * Alfresco's side of {@link AuthorityNames}: the start and task forms' group and person pickers put script nodes
 * (ActivitiScriptNode) into the process variables; their authority name is cm:authorityName (groups) or cm:userName
 * (people). Strings pass through.
 */
public class AlfrescoAuthorityNames implements AuthorityNames, InitializingBean {

    private NodeService nodeService;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    @Override
    public void afterPropertiesSet() {
        ActivitiBeanRegistration.mandatory("dkip.workflow.authorityNames", "nodeService", nodeService);
    }

    @Override
    public String nameOf(Object value) {
        if (value instanceof ScriptNode node) {
            return nameOf(node.getNodeRef());
        }
        if (value instanceof NodeRef ref) {
            Serializable name = nodeService.getProperty(ref, ContentModel.PROP_AUTHORITY_NAME);
            if (name == null) {
                name = nodeService.getProperty(ref, ContentModel.PROP_USERNAME);
            }
            if (name == null) {
                throw new IllegalArgumentException("Node " + ref + " is neither a group nor a person");
            }
            return name.toString();
        }
        return STRINGS.nameOf(value);
    }
}
