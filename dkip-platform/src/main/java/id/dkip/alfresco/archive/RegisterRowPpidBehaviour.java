package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.access.UnitGroups;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * A register row's dkip:ppidPembantu is the system's to set: its unit's configured group ({@link UnitGroups}),
 * whatever a form or an import wrote. The workflow finds a unit's proposals by it, so a row created by hand in
 * Share's data list reaches the workflow too, and nobody can point it at a group of their choosing. Runs on
 * creation and on every change ({@code onUpdateProperties} fires for both), as system.
 */
public class RegisterRowPpidBehaviour implements InitializingBean, NodeServicePolicies.OnUpdatePropertiesPolicy {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private SystemWork systemWork;
    private UnitGroups unitGroups;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    public void setUnitGroups(UnitGroups unitGroups) {
        this.unitGroups = unitGroups;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
        PropertyCheck.mandatory(this, "unitGroups", unitGroups);
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, DkipModel.TYPE_ITEM_DKIP,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.TRANSACTION_COMMIT));
    }

    @Override
    public void onUpdateProperties(NodeRef row, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        Serializable unit = after.get(DkipModel.PROP_UNIT_KODE);
        String wanted = unitGroups.groupOf(unit == null ? null : unit.toString()).orElse(null);
        if (wanted != null && !Objects.equals(wanted, after.get(DkipModel.PROP_PPID_PEMBANTU))) {
            systemWork.run(() -> {
                if (nodeService.exists(row)) {
                    nodeService.setProperty(row, DkipModel.PROP_PPID_PEMBANTU, wanted);
                }
                return null;
            });
        }
    }
}
