package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import id.dkip.alfresco.model.DkipModel;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

/**
 * Rows get readable names whatever created them: the stand-in repository compares child names ignoring case and
 * refuses a duplicate name as Alfresco does, so a behaviour that renamed first and caught the refusal would fail.
 */
class RegisterRowNameBehaviourTest {

    final FakeRepository repo = new FakeRepository();
    final RegisterRowNameBehaviour behaviour = new RegisterRowNameBehaviour();
    final NodeRef list;

    RegisterRowNameBehaviourTest() {
        behaviour.setPolicyComponent(mock(PolicyComponent.class));
        behaviour.setNodeService(repo.nodeService);
        behaviour.setSystemWork(repo.model);
        behaviour.afterPropertiesSet();
        list = repo.node("c0a1b2c3-d4e5-4f60-8a9b-0c1d2e3f4a5b", ContentModel.TYPE_FOLDER, null);
    }

    /** A row as Share's data-list form makes it: a GUID name (TypeFormProcessor), then its properties. */
    private NodeRef row(Integer number, String information) {
        NodeRef row = repo.node(java.util.UUID.randomUUID().toString(), DkipModel.TYPE_ITEM_DKIP, list);
        Map<QName, Serializable> props = new HashMap<>();
        props.put(DkipModel.PROP_NOMOR_URUT, number);
        props.put(DkipModel.PROP_INFORMASI, information);
        save(row, props);
        return row;
    }

    private void save(NodeRef row, Map<QName, Serializable> props) {
        Map<QName, Serializable> before = new HashMap<>(repo.properties.get(row));
        repo.properties.get(row).putAll(props);
        behaviour.onUpdateProperties(row, before, new HashMap<>(repo.properties.get(row)));
    }

    @Test
    void aRowCreatedWithAGuidNameIsRenamedReadably() {
        NodeRef row = row(3, "Rekam medis pasien: diagnosis/terapi");
        assertThat(repo.name(row)).isEqualTo("3 - Rekam medis pasien diagnosis terapi");
        assertThat(repo.child(list, "3 - Rekam medis pasien diagnosis terapi")).isEqualTo(row);
    }

    @Test
    void aNameTakenInTheListGetsASuffixCheckedBeforeRenaming() {
        NodeRef first = row(1, "Rekam medis");
        NodeRef second = row(1, "REKAM MEDIS"); // Alfresco's names are unique ignoring case
        assertThat(repo.name(first)).isEqualTo("1 - Rekam medis");
        assertThat(repo.name(second)).isEqualTo("1 - REKAM MEDIS (2)");
    }

    @Test
    void aRowKeepsItsNameOnLaterEditsAndFollowsItsInformation() {
        row(1, "Rekam medis");
        NodeRef second = row(1, "Rekam medis");
        save(second, Map.of(DkipModel.PROP_AKIBAT_DIBUKA, "Privasi pasien terganggu"));
        assertThat(repo.name(second)).isEqualTo("1 - Rekam medis (2)");
        save(second, Map.of(DkipModel.PROP_NOMOR_URUT, 2));
        assertThat(repo.name(second)).isEqualTo("2 - Rekam medis");
    }

    @Test
    void aRowAlreadyNamedRightIsNotWritten() {
        NodeRef row = row(4, "Dokumen pengadaan");
        org.mockito.Mockito.clearInvocations(repo.nodeService);
        save(row, Map.of(DkipModel.PROP_STATUS, "rancangan"));
        verify(repo.nodeService, never()).setProperty(any(), eq(ContentModel.PROP_NAME), any());
    }

    @Test
    void theRenameIsSystemWorkSoSiblingsTheUserCannotReadStillCount() {
        java.util.List<String> runs = new java.util.ArrayList<>();
        behaviour.setSystemWork(new SystemWork() {
            @Override
            public <R> R run(java.util.function.Supplier<R> work) {
                runs.add("system");
                return null; // recorded, not run: nothing may be renamed outside it
            }

            @Override
            public <R> R runAs(String user, java.util.function.Supplier<R> work) {
                throw new AssertionError("not as a user");
            }

            @Override
            public boolean isSystem() {
                return false;
            }
        });
        NodeRef row = row(5, "Data pribadi pegawai");
        assertThat(runs).containsExactly("system");
        assertThat(repo.name(row)).doesNotContain("Data pribadi");
    }
}
