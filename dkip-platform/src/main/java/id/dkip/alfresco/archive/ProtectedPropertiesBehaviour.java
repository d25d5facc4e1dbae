package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.register.EntryStatus;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * Nobody opens exempted information by editing a field. On a document (not a register row) the expiry and
 * review dates and the opening reason are the module's own, and its status may not be set to dibuka or dicabut by
 * a person: release happens only through the expiry job or a decision the workflow records, both running as
 * system. On a register row an established entry may not be released by hand either (the row's status reaches
 * every linked document). Bound for {@code EVERY_EVENT}, so the refusal rolls back the very edit that tried it.
 */
public class ProtectedPropertiesBehaviour implements InitializingBean, NodeServicePolicies.OnUpdatePropertiesPolicy {

    static final Set<QName> MODULE_ONLY = Set.of(DkipModel.PROP_TANGGAL_KEDALUWARSA, DkipModel.PROP_TANGGAL_TINJAU,
            DkipModel.PROP_ALASAN_DIBUKA);
    static final Set<String> RELEASED = Set.of(EntryStatus.DIBUKA.modelValue(), EntryStatus.DICABUT.modelValue());

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
        // always on, whatever dkip.archive.enabled says: it only refuses
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, DkipModel.ASPECT_DIKECUALIKAN,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.EVERY_EVENT));
    }

    @Override
    public void onUpdateProperties(NodeRef node, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (systemWork.isSystem()) {
            return;
        }
        boolean row = DkipModel.TYPE_ITEM_DKIP.equals(nodeService.getType(node));
        Serializable oldStatus = before.get(DkipModel.PROP_STATUS);
        Serializable newStatus = after.get(DkipModel.PROP_STATUS);
        boolean released = !Objects.equals(oldStatus, newStatus) && newStatus != null && RELEASED.contains(newStatus.toString());
        if (row) {
            if (released && EntryStatus.DITETAPKAN.modelValue().equals(oldStatus)) {
                throw refused(node, DkipModel.PROP_STATUS);
            }
            return;
        }
        if (released) {
            throw refused(node, DkipModel.PROP_STATUS);
        }
        for (QName p : MODULE_ONLY) {
            if (!Objects.equals(before.get(p), after.get(p))) {
                throw refused(node, p);
            }
        }
        // the model default (false) appears when the aspect is added: only a change of the flag's meaning counts
        if (Boolean.TRUE.equals(before.get(DkipModel.PROP_TANGGAL_SEMENTARA)) != Boolean.TRUE.equals(after.get(DkipModel.PROP_TANGGAL_SEMENTARA))) {
            throw refused(node, DkipModel.PROP_TANGGAL_SEMENTARA);
        }
    }

    private static AccessDeniedException refused(NodeRef node, QName property) {
        return new AccessDeniedException("dkip:" + property.getLocalName() + " pada " + node + " hanya diubah oleh sistem "
                + "(pengarsipan, tugas kedaluwarsa, atau keputusan yang tercatat); ubah entri DKIP melalui alur kerja");
    }
}
