package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.DkipModel;
import java.io.Serializable;
import java.util.HashMap;
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
 * A register row's unit (dkip:unitKode) and dkip:ppidPembantu are the system's to set ({@link RegisterRowUnits}):
 * the unit of the site the row lives in, and that unit's configured group, whatever a form or an import wrote. The
 * workflow finds a unit's proposals by the group, so a row created by hand in Share's data list reaches the
 * workflow, and nobody can point it at a unit or group of their choosing. A row whose unit cannot be determined
 * or is unknown is refused ({@link UnitRefusedException}) instead of silently missing step 2. Runs before commit,
 * as system, on creation and whenever the unit or group changes ({@code onUpdateProperties} fires for both).
 */
public class RegisterRowPpidBehaviour implements InitializingBean, NodeServicePolicies.OnUpdatePropertiesPolicy {

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private SystemWork systemWork;
    private RegisterRowUnits rowUnits;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    public void setRowUnits(RegisterRowUnits rowUnits) {
        this.rowUnits = rowUnits;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
        PropertyCheck.mandatory(this, "rowUnits", rowUnits);
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, DkipModel.TYPE_ITEM_DKIP,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.TRANSACTION_COMMIT));
    }

    @Override
    public void onUpdateProperties(NodeRef row, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        Serializable typed = after.get(DkipModel.PROP_UNIT_KODE);
        Serializable group = after.get(DkipModel.PROP_PPID_PEMBANTU);
        // decided when the row is new (no group yet) or its unit or group changes; other edits (the workflow's
        // decisions, the SK) leave an already placed row alone, even if the configuration changed since
        if (group != null && Objects.equals(typed, before.get(DkipModel.PROP_UNIT_KODE))
                && Objects.equals(group, before.get(DkipModel.PROP_PPID_PEMBANTU))) {
            return;
        }
        systemWork.run(() -> {
            if (!nodeService.exists(row)) {
                return null;
            }
            RegisterRowUnits.RowUnit unit = rowUnits.resolve(row, typed == null ? null : typed.toString());
            Map<QName, Serializable> changes = new HashMap<>();
            if (!Objects.equals(unit.code(), typed)) {
                changes.put(DkipModel.PROP_UNIT_KODE, unit.code());
            }
            if (!Objects.equals(unit.group(), after.get(DkipModel.PROP_PPID_PEMBANTU))) {
                changes.put(DkipModel.PROP_PPID_PEMBANTU, unit.group());
            }
            changes.forEach((property, value) -> nodeService.setProperty(row, property, value));
            return null;
        });
    }
}
