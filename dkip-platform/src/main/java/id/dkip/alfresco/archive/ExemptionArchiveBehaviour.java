package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.DkipModel;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Files a document when the exempted-information aspect (dkip:dikecualikan) is added to it or its properties
 * change. Bound for {@code TRANSACTION_COMMIT}: it runs once per node when the transaction is about to commit,
 * after a form has written all its fields, so it sees the whole classification; a refusal thrown there rolls the
 * transaction back. Switched by {@code dkip.archive.enabled}.
 */
public class ExemptionArchiveBehaviour implements InitializingBean,
        NodeServicePolicies.OnAddAspectPolicy, NodeServicePolicies.OnUpdatePropertiesPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(ExemptionArchiveBehaviour.class);

    private PolicyComponent policyComponent;
    private ArchiveFiling archiveFiling;
    private boolean enabled = true;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setArchiveFiling(ArchiveFiling archiveFiling) {
        this.archiveFiling = archiveFiling;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "archiveFiling", archiveFiling);
        if (!enabled) {
            LOG.info("DKIP archive behaviours are off (dkip.archive.enabled=false)");
            return;
        }
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnAddAspectPolicy.QNAME, DkipModel.ASPECT_DIKECUALIKAN,
                new JavaBehaviour(this, "onAddAspect", NotificationFrequency.TRANSACTION_COMMIT));
        policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, DkipModel.ASPECT_DIKECUALIKAN,
                new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.TRANSACTION_COMMIT));
    }

    @Override
    public void onAddAspect(NodeRef nodeRef, QName aspectTypeQName) {
        archiveFiling.file(nodeRef);
    }

    @Override
    public void onUpdateProperties(NodeRef nodeRef, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (classificationChanged(before, after)) {
            archiveFiling.file(nodeRef);
        }
    }

    /** Only a change to a dkip property can change the filing (cm:modified alone does not). */
    static boolean classificationChanged(Map<QName, Serializable> before, Map<QName, Serializable> after) {
        for (Map.Entry<QName, Serializable> e : after.entrySet()) {
            if (DkipModel.URI.equals(e.getKey().getNamespaceURI()) && !Objects.equals(e.getValue(), before.get(e.getKey()))) {
                return true;
            }
        }
        for (QName k : before.keySet()) {
            if (DkipModel.URI.equals(k.getNamespaceURI()) && !after.containsKey(k)) {
                return true;
            }
        }
        return false;
    }
}
