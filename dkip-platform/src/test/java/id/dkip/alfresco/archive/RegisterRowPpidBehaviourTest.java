package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.access.UnitGroups;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

class RegisterRowPpidBehaviourTest {

    final FakeRepository repo = new FakeRepository();
    final RegisterRowPpidBehaviour behaviour = new RegisterRowPpidBehaviour();
    final NodeRef row;

    RegisterRowPpidBehaviourTest() {
        behaviour.setPolicyComponent(mock(PolicyComponent.class));
        behaviour.setNodeService(repo.nodeService);
        behaviour.setSystemWork(repo.model);
        behaviour.setUnitGroups(UnitGroups.parse("SEKRET=GROUP_PPID_SEKRETARIAT", UnitGroups.DEFAULT_PATTERN));
        behaviour.afterPropertiesSet();
        NodeRef list = repo.node("DKIP", ContentModel.TYPE_FOLDER, null);
        row = repo.node("r1", DkipModel.TYPE_ITEM_DKIP, list);
    }

    private void save(Map<QName, Serializable> props) {
        Map<QName, Serializable> before = new HashMap<>(repo.properties.get(row));
        repo.properties.get(row).putAll(props);
        behaviour.onUpdateProperties(row, before, new HashMap<>(repo.properties.get(row)));
    }

    @Test
    void aRowTypedInByHandGetsItsUnitsGroup() {
        save(Map.of(DkipModel.PROP_UNIT_KODE, "yankes"));
        assertThat(repo.properties.get(row).get(DkipModel.PROP_PPID_PEMBANTU)).isEqualTo("GROUP_DKIP_PPID_YANKES");
    }

    @Test
    void anEditedPpidPembantuIsPutBack() {
        save(Map.of(DkipModel.PROP_UNIT_KODE, "SEKRET", DkipModel.PROP_PPID_PEMBANTU, "GROUP_site_dinkes_SiteConsumer"));
        assertThat(repo.properties.get(row).get(DkipModel.PROP_PPID_PEMBANTU)).isEqualTo("GROUP_PPID_SEKRETARIAT");
    }
}
