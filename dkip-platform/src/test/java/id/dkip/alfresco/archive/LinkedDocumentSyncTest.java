package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.policy.PolicyComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.namespace.QName;
import org.junit.jupiter.api.Test;

/** An extension or revocation of a register row reaches the documents filed under it, as system. */
class LinkedDocumentSyncTest {

    final ArchiveFixture f;
    final LinkedDocumentSync sync = new LinkedDocumentSync();
    final NodeRef row;
    final NodeRef doc;

    LinkedDocumentSyncTest() throws Throwable {
        f = new ArchiveFixture();
        NodeRef list = f.repo.node("DKIP 2026", ContentModel.TYPE_FOLDER, f.siteNode);
        row = f.repo.node("r1", DkipModel.TYPE_ITEM_DKIP, list);
        f.entries.put(row, ArchiveFixture.established(SecurityLevel.RAHASIA).build());
        f.repo.model.logIn("clerk");
        doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());
        f.repo.nodeService.createAssociation(doc, row, DkipModel.ASSOC_ENTRI_DKIP);
        doAnswer(i -> {
            f.entries.put(i.getArgument(0), i.getArgument(1));
            return null;
        }).when(f.exemptionNodes).write(any(), any());
        sync.setPolicyComponent(mock(PolicyComponent.class));
        sync.setNodeService(f.repo.nodeService);
        sync.setExemptionNodes(f.exemptionNodes);
        sync.setArchiveFiling(f.filing);
        sync.setSystemWork(f.repo.model);
        sync.afterPropertiesSet();
        f.filing.file(doc); // filed: 5 years from 5 January 2026
        f.repo.model.logIn("ppid.unit"); // the PPID Pembantu edits the row
    }

    private LocalDate expiryOf(NodeRef n) {
        return ((Date) f.repo.properties.get(n).get(DkipModel.PROP_TANGGAL_KEDALUWARSA)).toInstant().atZone(ArchiveFixture.WIB).toLocalDate();
    }

    private void editRow(DkipEntry changed) {
        Map<QName, Serializable> before = new HashMap<>(Map.of(DkipModel.PROP_NOMOR_SK, "old"));
        Map<QName, Serializable> after = new HashMap<>(Map.of(DkipModel.PROP_NOMOR_SK, "new"));
        f.entries.put(row, changed);
        sync.onUpdateProperties(row, before, after);
    }

    @Test
    void anExtensionOfTheRowReachesTheFiledDocument() {
        assertThat(expiryOf(doc)).isEqualTo(LocalDate.of(2031, 1, 5));

        editRow(f.entries.get(row).toBuilder().period(ExemptionPeriod.ofYears(10, "10 tahun")).skNumber("188.4/99-Dinkes/2027").build());

        assertThat(expiryOf(doc)).isEqualTo(LocalDate.of(2036, 1, 5));
        assertThat(f.entries.get(doc).skNumber()).isEqualTo("188.4/99-Dinkes/2027");
        assertThat(f.repo.model.runAsUser()).isEqualTo("ppid.unit");
    }

    @Test
    void aRevokedRowReleasesTheDocumentAndTheDocumentKeepsItsOwnLevel() {
        f.entries.put(doc, f.entries.get(doc).toBuilder().securityLevel(SecurityLevel.SANGAT_RAHASIA).build());

        editRow(f.entries.get(row).toBuilder().status(EntryStatus.DICABUT).build());

        assertThat(f.entries.get(doc).status()).isEqualTo(EntryStatus.DICABUT);
        assertThat(f.entries.get(doc).securityLevel()).isEqualTo(SecurityLevel.SANGAT_RAHASIA);
        assertThat(f.repo.inherits.get(doc)).isTrue();
    }

    @Test
    void beforeEachExpiryDecisionTheDocumentIsRefreshedFromItsRow() {
        f.entries.put(row, f.entries.get(row).toBuilder().period(ExemptionPeriod.ofYears(10, "10 tahun")).build());

        DkipEntry now = sync.refresh(doc);

        assertThat(now.period().years()).isEqualTo(10);
        assertThat(expiryOf(doc)).isEqualTo(LocalDate.of(2036, 1, 5));
    }
}
