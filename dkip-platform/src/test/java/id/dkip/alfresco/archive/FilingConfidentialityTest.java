package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.archive.FakeArchiveRules;
import id.dkip.core.archive.PermissionPlan;
import id.dkip.core.legal.SecurityLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alfresco.model.QuickShareModel;
import org.alfresco.repo.security.permissions.AccessDeniedException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.UnexpectedRollbackException;

/**
 * Filing as the real platform runs it: a site Collaborator classifies a document someone else uploaded, on
 * Community (no Governance Services, gs.mode=auto), inside one transaction whose public-service calls mark it
 * rollback-only when they throw.
 */
class FilingConfidentialityTest {

    final ArchiveFixture f;
    final List<String> auditUsers = new ArrayList<>();

    FilingConfidentialityTest() throws Throwable {
        f = new ArchiveFixture();
        // Alfresco's AuditComponentImpl records AuthenticationUtil.getFullyAuthenticatedUser()
        doAnswer(i -> {
            auditUsers.add(f.repo.model.fullyAuthenticatedUser());
            return Map.of();
        }).when(f.auditComponent).recordAuditValues(anyString(), any());
    }

    private NodeRef uploadedByClerk(SecurityLevel level) {
        f.repo.model.logIn("clerk");
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(level).build());
        f.repo.model.logIn("collaborator"); // classified by a Collaborator of the site who does not own it
        return doc;
    }

    @Test
    void theStandInRefusesACollaboratorWhatAlfrescoRefuses() {
        NodeRef doc = uploadedByClerk(SecurityLevel.RAHASIA);
        assertThatThrownBy(() -> new PermissionApplier(f.repo.permissionService).apply(doc, PermissionPlan.restricted(Map.of("GROUP_X", "Consumer"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.repo.ownableService.setOwner(doc, "collaborator")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theStandInTransactionRollsBackWhenAnUnknownActionIsAskedForEvenIfTheExceptionIsCaught() {
        assertThatThrownBy(() -> f.inTransaction(() -> {
            try {
                f.actionService.createAction(GovernanceServices.ACTION_CREATE_RECORD, Map.of());
            } catch (RuntimeException caught) {
                // caught, as the old GS probe did: the transaction is already marked
            }
            return null;
        })).isInstanceOf(UnexpectedRollbackException.class);
    }

    @Test
    void onCommunityWithGsAutoACollaboratorsClassificationIsFiledAndCommits() throws Throwable {
        NodeRef doc = uploadedByClerk(SecurityLevel.SANGAT_RAHASIA);

        ArchiveFiling.Result result = f.inTransaction(() -> f.filing.file(doc));

        assertThat(f.rollbackOnly).isFalse();
        assertThat(result.moved()).isTrue();
        assertThat(result.recordPath()).isNull();
        assertThat(f.repo.parents.get(doc)).isEqualTo(f.levelFolder("Sangat Rahasia"));
        assertThat(f.repo.inherits.get(doc)).isFalse();
        assertThat(f.repo.grantsOf(doc)).isEqualTo(Map.of(FakeArchiveRules.PIMPINAN, "Consumer", ArchiveFixture.PPID_YANKES, "Collaborator"));
        assertThat(f.repo.model.runAsUser()).as("back to the user afterwards").isEqualTo("collaborator");
        assertThat(auditUsers).isNotEmpty().containsOnly("collaborator");
    }

    @Test
    void filingTakesOwnershipFromTheUploaderAndRemovesAQuickShareLink() {
        NodeRef doc = uploadedByClerk(SecurityLevel.RAHASIA);
        f.repo.aspects.get(doc).add(QuickShareModel.ASPECT_QSHARE);
        f.repo.properties.get(doc).put(QuickShareModel.PROP_QSHARE_SHAREDID, "aBcD1234");

        ArchiveFiling.Result result = f.filing.file(doc);

        assertThat(f.repo.ownerOf(doc)).isEqualTo("System");
        assertThat(f.repo.aspects.get(doc)).doesNotContain(QuickShareModel.ASPECT_QSHARE);
        assertThat(result.permissionChanges()).contains("pemilik clerk -> System").contains("Quick Share aBcD1234");
        // the clerk no longer owns it, so may not restore inheritance or re-grant
        f.repo.model.logIn("clerk");
        assertThatThrownBy(() -> f.repo.permissionService.setInheritParentPermissions(doc, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theConfiguredOwnerAccountIsUsedAndFilingTwiceChangesNothing() {
        f.filing.setFilingOwner("ppid.dinkes");
        NodeRef doc = uploadedByClerk(SecurityLevel.TERBATAS);
        f.filing.file(doc);
        assertThat(f.repo.ownerOf(doc)).isEqualTo("ppid.dinkes");

        ArchiveFiling.Result again = f.filing.file(doc);

        assertThat(again.changedAnything()).isFalse();
    }

    @Test
    void grantsComeFromConfigurationNeverFromTheEditablePpidPembantu() {
        f.repo.model.logIn("clerk");
        NodeRef doc = f.classifiedDocument("rm.pdf", ArchiveFixture.established(SecurityLevel.SANGAT_RAHASIA)
                .ppidPembantu("GROUP_site_yankes_SiteConsumer").build());

        f.filing.file(doc);

        assertThat(f.repo.grantsOf(doc)).doesNotContainKey("GROUP_site_yankes_SiteConsumer")
                .containsEntry(ArchiveFixture.PPID_YANKES, "Collaborator");
        f.filing.setUnitGroups(id.dkip.core.access.UnitGroups.parse("YANKES=GROUP_PPID_KESEHATAN", ""));
        f.filing.file(doc);
        assertThat(f.repo.grantsOf(doc)).containsEntry("GROUP_PPID_KESEHATAN", "Collaborator").doesNotContainKey(ArchiveFixture.PPID_YANKES);
    }

    @Test
    void aReleasedDocumentIsNotReopenedToTheUploaderButItsPermissionsAreInheritedAgain() {
        NodeRef doc = uploadedByClerk(SecurityLevel.RAHASIA);
        f.filing.file(doc);
        f.entries.put(doc, f.entries.get(doc).toBuilder().status(id.dkip.core.register.EntryStatus.DIBUKA).build());

        f.filing.file(doc);

        assertThat(f.repo.inherits.get(doc)).isTrue();
        assertThat(f.repo.ownerOf(doc)).isEqualTo("System");
        assertThat(f.repo.aspects.get(doc)).contains(DkipModel.ASPECT_DIKECUALIKAN);
    }
}
