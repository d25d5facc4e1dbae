package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.register.DkipEntry;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour.NotificationFrequency;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.AssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * A register row's classification reaches every document filed under it (dkip:entriDkip): an extension, a new SK,
 * a revocation. Without it a document keeps the expiry copied at filing and opens on the old date. Runs when a
 * row changes ({@code TRANSACTION_COMMIT}) and, for each linked document, before the expiry job decides about it
 * ({@link #refresh}). A document keeps its own security level (dkip-arsipkan's tingkat-keamanan may have raised
 * it); everything else comes from the row, and filing then recomputes the dates from the period. Runs as system,
 * then re-files the document.
 */
public class LinkedDocumentSync implements InitializingBean, NodeServicePolicies.OnUpdatePropertiesPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(LinkedDocumentSync.class);

    private PolicyComponent policyComponent;
    private NodeService nodeService;
    private ExemptionNodes exemptionNodes;
    private ArchiveFiling archiveFiling;
    private SystemWork systemWork;
    private boolean enabled = true;

    public void setPolicyComponent(PolicyComponent policyComponent) {
        this.policyComponent = policyComponent;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setExemptionNodes(ExemptionNodes exemptionNodes) {
        this.exemptionNodes = exemptionNodes;
    }

    public void setArchiveFiling(ArchiveFiling archiveFiling) {
        this.archiveFiling = archiveFiling;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "policyComponent", policyComponent);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "exemptionNodes", exemptionNodes);
        PropertyCheck.mandatory(this, "archiveFiling", archiveFiling);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
        if (enabled) {
            policyComponent.bindClassBehaviour(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME, DkipModel.TYPE_ITEM_DKIP,
                    new JavaBehaviour(this, "onUpdateProperties", NotificationFrequency.TRANSACTION_COMMIT));
        }
    }

    @Override
    public void onUpdateProperties(NodeRef row, Map<QName, Serializable> before, Map<QName, Serializable> after) {
        if (ExemptionArchiveBehaviour.classificationChanged(before, after)) {
            systemWork.run(() -> {
                for (AssociationRef link : nodeService.getSourceAssocs(row, DkipModel.ASSOC_ENTRI_DKIP)) {
                    copy(row, link.getSourceRef());
                }
                return null;
            });
        }
    }

    /**
     * Brings a document up to date with the row it is filed under, if any, and returns its classification as it
     * now stands (the expiry job decides on this, never on a stale copy).
     */
    public DkipEntry refresh(NodeRef document) {
        return systemWork.run(() -> {
            List<AssociationRef> links = DkipModel.TYPE_ITEM_DKIP.equals(nodeService.getType(document))
                    ? List.of() : nodeService.getTargetAssocs(document, DkipModel.ASSOC_ENTRI_DKIP);
            if (links.size() == 1) {
                copy(links.get(0).getTargetRef(), document);
            }
            return exemptionNodes.read(document);
        });
    }

    private void copy(NodeRef row, NodeRef document) {
        if (!nodeService.exists(row) || !nodeService.exists(document)) {
            return;
        }
        DkipEntry current = exemptionNodes.read(document);
        DkipEntry source = exemptionNodes.read(row);
        DkipEntry wanted = source.toBuilder().id(current.id())
                .securityLevel(current.securityLevel() != null ? current.securityLevel() : source.securityLevel())
                .build();
        if (!Objects.equals(current, wanted)) {
            exemptionNodes.write(document, wanted);
            LOG.debug("{} follows its DKIP entry {}", document, row);
            archiveFiling.file(document);
        }
    }
}
