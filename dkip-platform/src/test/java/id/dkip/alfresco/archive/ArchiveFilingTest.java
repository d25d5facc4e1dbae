package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.archive.FakeArchiveRules;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionDefinition;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.ArgumentCaptor;

class ArchiveFilingTest {

    final ArchiveFixture f;

    ArchiveFilingTest() throws Throwable {
        f = new ArchiveFixture();
    }

    static Map<SecurityLevel, Map<String, String>> expectedGrants() {
        return Map.of(
                SecurityLevel.TERBATAS, Map.of(FakeArchiveRules.PPID_UTAMA, "Consumer", FakeArchiveRules.AUDITOR, "Consumer", ArchiveFixture.PPID_YANKES, "Collaborator"),
                SecurityLevel.RAHASIA, Map.of(FakeArchiveRules.PPID_UTAMA, "Consumer", ArchiveFixture.PPID_YANKES, "Collaborator"),
                SecurityLevel.SANGAT_RAHASIA, Map.of(FakeArchiveRules.PIMPINAN, "Consumer", ArchiveFixture.PPID_YANKES, "Collaborator"));
    }

    @ParameterizedTest
    @EnumSource(value = SecurityLevel.class, names = {"TERBATAS", "RAHASIA", "SANGAT_RAHASIA"})
    void eachLevelGetsExactlyItsGroupsWithInheritanceBroken(SecurityLevel level) {
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(level).build());

        f.filing.file(doc);

        verify(f.repo.permissionService).setInheritParentPermissions(doc, false);
        assertThat(f.repo.inherits.get(doc)).isFalse();
        assertThat(f.repo.grantsOf(doc)).isEqualTo(expectedGrants().get(level));
        verify(f.repo.permissionService, times(expectedGrants().get(level).size())).setPermission(eq(doc), anyString(), anyString(), eq(true));
    }

    @Test
    void anInvalidClassificationIsRefusedWithEveryFindingAndNothingChanges() {
        DkipEntry invalid = ArchiveFixture.established(SecurityLevel.BIASA).grounds(List.of()).build();
        NodeRef doc = f.classifiedDocument("rm.pdf", invalid);
        NodeRef parentBefore = f.repo.parents.get(doc);
        clearInvocations(f.repo.nodeService, f.repo.permissionService);

        assertThatThrownBy(() -> f.filing.file(doc))
                .isInstanceOfSatisfying(ClassificationRefusedException.class, e -> {
                    assertThat(e.getFindings()).extracting(x -> x.code()).containsExactly("DKIP-GROUND-MISSING", "DKIP-LEVEL-PUBLIC");
                    assertThat(e.getMessage()).contains("DKIP-GROUND-MISSING").contains("DKIP-LEVEL-PUBLIC");
                });

        verify(f.repo.nodeService, never()).setProperty(any(), any(), any());
        verify(f.repo.nodeService, never()).addProperties(any(), any());
        verify(f.repo.nodeService, never()).removeProperty(any(), any());
        verify(f.repo.nodeService, never()).addAspect(any(), any(), any());
        verify(f.repo.nodeService, never()).moveNode(any(), any(), any(), any());
        verify(f.repo.nodeService, never()).addChild(any(NodeRef.class), any(NodeRef.class), any(), any());
        verify(f.repo.nodeService, never()).createNode(any(), any(), any(), any(), any());
        verify(f.repo.permissionService, never()).setPermission(any(NodeRef.class), anyString(), anyString(), anyBoolean());
        verify(f.repo.permissionService, never()).setInheritParentPermissions(any(), anyBoolean());
        verify(f.actionService, never()).executeAction(any(), any());
        assertThat(f.repo.parents.get(doc)).isEqualTo(parentBefore);
        // the refusal itself is audited, in a transaction of its own (the caller's rolls back)
        verify(f.txHelper).doInTransaction(any(), eq(false), eq(true));
        verify(f.auditComponent).recordAuditValues(eq(ArchiveAudit.ROOT), any());
    }

    @Test
    void theDocumentMovesIntoItsLevelFolderInTheUnitsArchiveArea() {
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());

        ArchiveFiling.Result result = f.filing.file(doc);

        NodeRef area = f.repo.child(f.docLib, "Arsip Informasi Dikecualikan");
        NodeRef rahasia = f.levelFolder("Rahasia");
        assertThat(area).isNotNull();
        assertThat(f.repo.aspects.get(area)).contains(DkipModel.ASPECT_AREA_ARSIP);
        verify(f.repo.nodeService).moveNode(eq(doc), eq(rahasia), eq(ContentModel.ASSOC_CONTAINS), any());
        assertThat(f.repo.parents.get(doc)).isEqualTo(rahasia);
        assertThat(result.moved()).isTrue();
        // its own updates ran with the behaviour filtered for the node, and the filter was restored
        verify(f.behaviourFilter).disableBehaviour(doc, DkipModel.ASPECT_DIKECUALIKAN);
        verify(f.behaviourFilter).enableBehaviour(doc, DkipModel.ASPECT_DIKECUALIKAN);
    }

    @Test
    void expiryAndReviewDatesAreComputedAndStored() {
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());

        f.filing.file(doc);

        LocalDate expiry = LocalDate.of(2031, 1, 5);
        assertThat(date(doc, DkipModel.PROP_TANGGAL_KEDALUWARSA)).isEqualTo(expiry);
        assertThat(date(doc, DkipModel.PROP_TANGGAL_TINJAU)).isEqualTo(f.rules.workingDaysBefore(expiry));
    }

    @Test
    void withoutGovernanceServicesTheModulesOwnRetentionIsThePolicy() {
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());

        ArchiveFiling.Result result = f.filing.file(doc);

        assertThat(result.recordPath()).isNull();
        verify(f.actionService, never()).executeAction(any(), any());
        Map<?, Serializable> props = f.repo.properties.get(doc);
        assertThat(f.repo.aspects.get(doc)).contains(DkipModel.ASPECT_RETENSI_ARSIP);
        assertThat(props.get(DkipModel.PROP_RETENSI_AKTIF)).isEqualTo(2);
        assertThat(props.get(DkipModel.PROP_RETENSI_INAKTIF)).isEqualTo(5);
        assertThat(props.get(DkipModel.PROP_NASIB_AKHIR)).isEqualTo("dinilai kembali");
        assertThat(props.get(DkipModel.PROP_KODE_KLASIFIKASI)).isEqualTo("PR.02");
        assertThat(date(doc, DkipModel.PROP_MULAI_RETENSI)).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void withGovernanceServicesTheDocumentIsDeclaredARecordAndFiledThroughItsOwnActions() {
        f.models.add(GovernanceServices.RM_MODEL);
        Action create = mock(Action.class);
        Action fileTo = mock(Action.class);
        ArgumentCaptor<Map<String, Serializable>> createParams = paramsCaptor();
        ArgumentCaptor<Map<String, Serializable>> fileParams = paramsCaptor();
        when(f.actionService.createAction(eq("create-record"), createParams.capture())).thenReturn(create);
        when(f.actionService.createAction(eq("fileTo"), fileParams.capture())).thenReturn(fileTo);
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.SANGAT_RAHASIA).build());

        ArchiveFiling.Result result = f.filing.file(doc);

        var order = org.mockito.Mockito.inOrder(f.actionService);
        order.verify(f.actionService).executeAction(create, doc);
        order.verify(f.actionService).executeAction(fileTo, doc);
        assertThat(createParams.getValue()).containsEntry("hide-record", false);
        assertThat(fileParams.getValue()).containsEntry("path", "/DKIP/YANKES/Sangat Rahasia").containsEntry("createRecordPath", true);
        assertThat(result.recordPath()).isEqualTo("/DKIP/YANKES/Sangat Rahasia");

        // once GS has made it a record, filing again declares nothing more
        f.repo.aspects.get(doc).add(GovernanceServices.ASPECT_RECORD);
        clearInvocations(f.actionService);
        f.filing.file(doc);
        verify(f.actionService, never()).executeAction(any(), any());
    }

    @Test
    void theSameEventTwiceChangesNothingTheSecondTime() {
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());
        ArchiveFiling.Result first = f.filing.file(doc);
        assertThat(first.changedAnything()).isTrue();
        clearInvocations(f.repo.nodeService, f.repo.permissionService, f.auditComponent);

        ArchiveFiling.Result second = f.filing.file(doc);

        assertThat(second.changedAnything()).isFalse();
        verify(f.repo.nodeService, never()).setProperty(any(), any(), any());
        verify(f.repo.nodeService, never()).addAspect(any(), any(), any());
        verify(f.repo.nodeService, never()).moveNode(any(), any(), any(), any());
        verify(f.repo.nodeService, never()).createNode(any(), any(), any(), any(), any());
        verify(f.repo.permissionService, never()).setPermission(any(NodeRef.class), anyString(), anyString(), anyBoolean());
        verify(f.repo.permissionService, never()).deletePermission(any(NodeRef.class), anyString(), anyString());
        verify(f.repo.permissionService, never()).setInheritParentPermissions(any(), anyBoolean());
        verify(f.auditComponent, never()).recordAuditValues(any(), any());
    }

    @Test
    void aChangedLevelReFilesTheDocument() {
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());
        f.filing.file(doc);
        f.entries.put(doc, f.entries.get(doc).toBuilder().securityLevel(SecurityLevel.SANGAT_RAHASIA).build());
        clearInvocations(f.repo.permissionService);

        ArchiveFiling.Result result = f.filing.file(doc);

        assertThat(result.moved()).isTrue();
        assertThat(f.repo.parents.get(doc)).isEqualTo(f.levelFolder("Sangat Rahasia"));
        assertThat(f.repo.grantsOf(doc)).isEqualTo(expectedGrants().get(SecurityLevel.SANGAT_RAHASIA));
        verify(f.repo.permissionService).deletePermission(doc, FakeArchiveRules.PPID_UTAMA, "Consumer");
        verify(f.repo.permissionService).setPermission(doc, FakeArchiveRules.PIMPINAN, "Consumer", true);
        verify(f.repo.permissionService, never()).setPermission(doc, ArchiveFixture.PPID_YANKES, "Collaborator", true);
    }

    @Test
    void aRevokedOrOpenedExemptionGetsItsInheritedPermissionsBack() {
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());
        f.filing.file(doc);
        f.entries.put(doc, f.entries.get(doc).toBuilder().status(id.dkip.core.register.EntryStatus.DICABUT).build());

        f.filing.file(doc);

        assertThat(f.repo.inherits.get(doc)).isTrue();
        assertThat(f.repo.grantsOf(doc)).isEmpty();
    }

    @Test
    void draftsAreLeftAlone() {
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA)
                .status(id.dkip.core.register.EntryStatus.USULAN).grounds(List.of()).build());
        clearInvocations(f.repo.nodeService);

        f.filing.file(doc);

        verify(f.repo.nodeService, never()).moveNode(any(), any(), any(), any());
        verify(f.repo.permissionService, never()).setInheritParentPermissions(any(), anyBoolean());
    }

    @Test
    void aLaterExpiryIsAuditedAsAnExtension() {
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());
        f.filing.file(doc);
        f.entries.put(doc, f.entries.get(doc).toBuilder().period(id.dkip.core.legal.ExemptionPeriod.ofYears(10, "10 tahun")).build());
        clearInvocations(f.auditComponent);

        f.filing.file(doc);

        ArgumentCaptor<Map<String, Serializable>> values = paramsCaptor();
        verify(f.auditComponent, times(2)).recordAuditValues(eq(ArchiveAudit.ROOT), values.capture());
        assertThat(values.getAllValues()).extracting(v -> v.get("peristiwa/jenis")).contains(ArchiveAudit.EXTENDED, ArchiveAudit.CLASSIFIED);
        assertThat(date(doc, DkipModel.PROP_TANGGAL_KEDALUWARSA)).isEqualTo(LocalDate.of(2036, 1, 5));
    }

    @Test
    void aSameNamedDocumentAlreadyFiledIsKeptAndTheNewOneRenamed() {
        NodeRef first = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());
        f.filing.file(first);
        NodeRef second = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.RAHASIA).build());

        f.filing.file(second);

        assertThat(f.repo.name(second)).isEqualTo("rm (2).pdf");
        assertThat(f.repo.parents.get(second)).isEqualTo(f.levelFolder("Rahasia"));
        assertThat(f.repo.child(f.levelFolder("Rahasia"), "rm.pdf")).isEqualTo(first);
    }

    private LocalDate date(NodeRef doc, org.alfresco.service.namespace.QName prop) {
        return ((Date) f.repo.properties.get(doc).get(prop)).toInstant().atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArgumentCaptor<Map<String, Serializable>> paramsCaptor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(Map.class);
    }
}
