package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import id.dkip.alfresco.model.DkipModel;
import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.Behaviour;
import org.alfresco.repo.policy.JavaBehaviour;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ExemptionArchiveBehaviourTest {

    final PolicyComponent policyComponent = mock(PolicyComponent.class);
    final ArchiveFiling filing = mock(ArchiveFiling.class);
    final ExemptionArchiveBehaviour behaviour = new ExemptionArchiveBehaviour();
    final NodeRef doc = new NodeRef("workspace://SpacesStore/doc");

    ExemptionArchiveBehaviourTest() {
        behaviour.setPolicyComponent(policyComponent);
        behaviour.setArchiveFiling(filing);
    }

    @Test
    void bindsAddAspectAndUpdatePropertiesOnTheAspectAtTransactionCommit() {
        behaviour.afterPropertiesSet();

        ArgumentCaptor<Behaviour> bound = ArgumentCaptor.forClass(Behaviour.class);
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnAddAspectPolicy.QNAME), eq(DkipModel.ASPECT_DIKECUALIKAN), bound.capture());
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME), eq(DkipModel.ASPECT_DIKECUALIKAN), bound.capture());
        assertThat(bound.getAllValues()).allSatisfy(b -> {
            assertThat(b).isInstanceOf(JavaBehaviour.class);
            assertThat(((JavaBehaviour) b).getNotificationFrequency()).isEqualTo(Behaviour.NotificationFrequency.TRANSACTION_COMMIT);
        });
    }

    @Test
    void switchedOffItBindsNothing() {
        behaviour.setEnabled(false);
        behaviour.afterPropertiesSet();
        verifyNoInteractions(policyComponent);
    }

    @Test
    void addingTheAspectFilesTheDocument() {
        behaviour.onAddAspect(doc, DkipModel.ASPECT_DIKECUALIKAN);
        verify(filing).file(doc);
    }

    @Test
    void aChangedClassificationPropertyFilesAgainButAnUnrelatedChangeDoesNot() {
        Map<QName, Serializable> before = new HashMap<>();
        before.put(DkipModel.PROP_TINGKAT_KEAMANAN, "Rahasia");
        before.put(ContentModel.PROP_TITLE, "a");
        Map<QName, Serializable> onlyTitle = new HashMap<>(before);
        onlyTitle.put(ContentModel.PROP_TITLE, "b");
        behaviour.onUpdateProperties(doc, before, onlyTitle);
        verify(filing, never()).file(any());

        Map<QName, Serializable> newLevel = new HashMap<>(before);
        newLevel.put(DkipModel.PROP_TINGKAT_KEAMANAN, "Sangat Rahasia");
        behaviour.onUpdateProperties(doc, before, newLevel);
        Map<QName, Serializable> removed = new HashMap<>(before);
        removed.remove(DkipModel.PROP_TINGKAT_KEAMANAN);
        behaviour.onUpdateProperties(doc, before, removed);
        Map<QName, Serializable> dateAdded = new HashMap<>(before);
        dateAdded.put(DkipModel.PROP_TANGGAL_SK, new Date(0));
        behaviour.onUpdateProperties(doc, before, dateAdded);
        verify(filing, times(3)).file(doc);
    }
}
