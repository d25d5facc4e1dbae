package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import java.io.Serializable;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.node.NodeServicePolicies;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

class ProtectedPropertiesBehaviourTest {

    final NodeService nodeService = mock(NodeService.class);
    final PolicyComponent policyComponent = mock(PolicyComponent.class);
    final PermissionModelStandIn users = new PermissionModelStandIn();
    final ProtectedPropertiesBehaviour guard = new ProtectedPropertiesBehaviour();
    final NodeRef doc = new NodeRef("workspace://SpacesStore/doc");
    final NodeRef row = new NodeRef("workspace://SpacesStore/row");

    ProtectedPropertiesBehaviourTest() {
        when(nodeService.getType(doc)).thenReturn(ContentModel.TYPE_CONTENT);
        when(nodeService.getType(row)).thenReturn(DkipModel.TYPE_ITEM_DKIP);
        guard.setPolicyComponent(policyComponent);
        guard.setNodeService(nodeService);
        guard.setSystemWork(users);
        guard.afterPropertiesSet();
        users.logIn("collaborator");
    }

    private static Map<QName, Serializable> props(Object... kv) {
        Map<QName, Serializable> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((QName) kv[i], (Serializable) kv[i + 1]);
        }
        return m;
    }

    @Test
    void boundOnEveryEventSoTheEditItselfRollsBack() {
        verify(policyComponent).bindClassBehaviour(eq(NodeServicePolicies.OnUpdatePropertiesPolicy.QNAME), eq(DkipModel.ASPECT_DIKECUALIKAN),
                org.mockito.ArgumentMatchers.argThat(b -> b.getNotificationFrequency() == org.alfresco.repo.policy.Behaviour.NotificationFrequency.EVERY_EVENT));
    }

    @Test
    void aPersonMayNotOpenADocumentByHand() {
        assertThatThrownBy(() -> guard.onUpdateProperties(doc, props(DkipModel.PROP_STATUS, "ditetapkan"), props(DkipModel.PROP_STATUS, "dibuka")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("dkip:status");
        assertThatThrownBy(() -> guard.onUpdateProperties(doc, props(DkipModel.PROP_STATUS, "ditetapkan"), props(DkipModel.PROP_STATUS, "dicabut")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonMayNotMoveTheDatesOfADocument() {
        Date expiry = new Date(1_800_000_000_000L);
        assertThatThrownBy(() -> guard.onUpdateProperties(doc, props(DkipModel.PROP_TANGGAL_KEDALUWARSA, expiry),
                props(DkipModel.PROP_TANGGAL_KEDALUWARSA, new Date(1_700_000_000_000L)))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("tanggalKedaluwarsa");
        assertThatThrownBy(() -> guard.onUpdateProperties(doc, props(), props(DkipModel.PROP_TANGGAL_TINJAU, expiry)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonMayNotClearTheProvisionalFlagButAddingTheAspectWithItsDefaultPasses() {
        assertThatThrownBy(() -> guard.onUpdateProperties(doc, props(DkipModel.PROP_TANGGAL_SEMENTARA, true),
                props(DkipModel.PROP_TANGGAL_SEMENTARA, false))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("tanggalSementara");
        assertThatCode(() -> guard.onUpdateProperties(doc, props(), props(DkipModel.PROP_TANGGAL_SEMENTARA, false)))
                .as("the model default written when dkip:dikecualikan is added").doesNotThrowAnyException();
    }

    @Test
    void classifyingByHandAndUnchangedValuesPass() {
        assertThatCode(() -> guard.onUpdateProperties(doc, props(), props(DkipModel.PROP_STATUS, "ditetapkan", DkipModel.PROP_NOMOR_SK, "1")))
                .doesNotThrowAnyException();
        Date d = new Date(1_800_000_000_000L);
        assertThatCode(() -> guard.onUpdateProperties(doc, props(DkipModel.PROP_TANGGAL_KEDALUWARSA, d, DkipModel.PROP_STATUS, "dibuka"),
                props(DkipModel.PROP_TANGGAL_KEDALUWARSA, d, DkipModel.PROP_STATUS, "dibuka"))).doesNotThrowAnyException();
    }

    @Test
    void theSystemTheExpiryJobAndFilingMayChangeThem() {
        assertThatCode(() -> users.run(() -> {
            guard.onUpdateProperties(doc, props(DkipModel.PROP_STATUS, "ditetapkan"), props(DkipModel.PROP_STATUS, "dibuka",
                    DkipModel.PROP_TANGGAL_KEDALUWARSA, new Date()));
            return null;
        })).doesNotThrowAnyException();
    }

    @Test
    void anEstablishedRegisterRowIsNotReleasedByHandButProposalsAreEdited() {
        assertThatThrownBy(() -> guard.onUpdateProperties(row, props(DkipModel.PROP_STATUS, "ditetapkan"), props(DkipModel.PROP_STATUS, "dibuka")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> guard.onUpdateProperties(row, props(DkipModel.PROP_STATUS, "usulan"),
                props(DkipModel.PROP_STATUS, "rancangan", DkipModel.PROP_TANGGAL_KEDALUWARSA, new Date()))).doesNotThrowAnyException();
    }
}
