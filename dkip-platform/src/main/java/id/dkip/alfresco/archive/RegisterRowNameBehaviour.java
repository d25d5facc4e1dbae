package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.register.RowName;
import java.io.Serializable;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * A register row's cm:name is the system's: {@link RowName} of its dkip:nomorUrut and dkip:informasi, unique in its
 * list. Share's data-list form (TypeFormProcessor names a node without cm:name by a GUID), the matrix import and any
 * other writer all end here, so a row reads as "3 - Rekam medis pasien" in the data list, pickers and search.
 * Runs on creation and on every change ({@code onUpdateProperties} fires for both) at commit, as system. A taken
 * name is found with getChildByName before renaming, never by catching DuplicateChildNodeNameException: that
 * exception, thrown inside NodeService, marks the transaction rollback-only even when caught.
 */
public class RegisterRowNameBehaviour implements InitializingBean, NodeServicePolicies.OnUpdatePropertiesPolicy {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private SystemWork systemWork;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, DkipModel.TYPE_ITEM_DKIP,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.TRANSACTION_COMMIT));
    }

    @Override
    public void onUpdateProperties(NodeRef row, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        systemWork.run(() -> {
            if (nodeService.exists(row)) {
                name(row);
            }
            return null;
        });
    }

    /** Renames the row to its readable name when it has another one; read at commit, so the latest values count. */
    void name(NodeRef row) {
        Serializable number = nodeService.getProperty(row, DkipModel.PROP_NOMOR_URUT);
        Serializable information = nodeService.getProperty(row, DkipModel.PROP_INFORMASI);
        String base = RowName.of(number instanceof Number n ? n.intValue() : null, information == null ? null : information.toString());
        Serializable current = nodeService.getProperty(row, ContentModel.PROP_NAME);
        if (base.equals(current)) {
            return;
        }
        ChildAssociationRef primary = nodeService.getPrimaryParent(row);
        NodeRef list = primary == null ? null : primary.getParentRef();
        if (list == null) {
            return;
        }
        String name = RowName.unique(base, candidate -> {
            NodeRef holder = nodeService.getChildByName(list, ContentModel.ASSOC_CONTAINS, candidate);
            return holder != null && !holder.equals(row);
        });
        if (!name.equals(current)) {
            nodeService.setProperty(row, ContentModel.PROP_NAME, name);
        }
    }
}
