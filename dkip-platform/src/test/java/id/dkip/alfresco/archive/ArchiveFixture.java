package id.dkip.alfresco.archive;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.archive.FakeArchiveRules;
import id.dkip.core.archive.FilingPlanner;
import id.dkip.core.archive.Retention;
import id.dkip.core.legal.ExemptionPeriod;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.repo.policy.BehaviourFilter;
import org.alfresco.repo.transaction.RetryingTransactionHelper;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.namespace.QName;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.transaction.UnexpectedRollbackException;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.rule.RuleService;
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.transaction.TransactionService;

/** The archive rules wired over {@link FakeRepository} and mocks of the other Alfresco services. */
final class ArchiveFixture {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String PPID_YANKES = "GROUP_DKIP_PPID_YANKES";
    static final String SITE_GROUP = "GROUP_site_yankes";
    static final Retention JRA = new Retention("PR.02", 2, 5, "dinilai kembali");

    final FakeRepository repo = new FakeRepository();
    final SiteService siteService = mock(SiteService.class);
    final RuleService ruleService = mock(RuleService.class);
    final ActionService actionService = mock(ActionService.class);
    final AuthorityService authorityService = mock(AuthorityService.class);
    final BehaviourFilter behaviourFilter = mock(BehaviourFilter.class);
    final AuditComponent auditComponent = mock(AuditComponent.class);
    final TransactionService transactionService = mock(TransactionService.class);
    final RetryingTransactionHelper txHelper = mock(RetryingTransactionHelper.class);
    final ExemptionNodes exemptionNodes = mock(ExemptionNodes.class);
    final Map<NodeRef, DkipEntry> entries = new HashMap<>();
    final DictionaryService dictionaryService = mock(DictionaryService.class);
    /** The dictionary's models: Community has no rma:recordsmanagement; add it to stand in for GS. */
    final Set<QName> models = new HashSet<>();
    /** Set, as Alfresco's transaction interceptor sets it, when a public service call throws inside the transaction. */
    boolean rollbackOnly;
    /** Actions registered on Community with this module; GS adds create-record and fileTo. */
    final Set<String> registeredActions = new HashSet<>(Set.of("dkip-arsipkan", "dkip-pindai-data-pribadi"));

    final NodeRef siteNode;
    final NodeRef docLib;
    final FakeArchiveRules rules = new FakeArchiveRules();
    final ArchiveArea area = new ArchiveArea();
    final GovernanceServices gs = new GovernanceServices();
    final ArchiveAudit audit = new ArchiveAudit();
    final ArchiveFiling filing = new ArchiveFiling();

    @SuppressWarnings("unchecked")
    ArchiveFixture() throws Throwable {
        siteNode = repo.node("yankes", ContentModel.TYPE_FOLDER, null);
        docLib = repo.node("documentLibrary", ContentModel.TYPE_FOLDER, siteNode);
        SiteInfo site = mock(SiteInfo.class);
        when(site.getShortName()).thenReturn("yankes");
        when(siteService.getSite(any(NodeRef.class))).thenReturn(site);
        when(siteService.getContainer("yankes", SiteService.DOCUMENT_LIBRARY)).thenReturn(docLib);
        when(siteService.getSiteGroup("yankes")).thenReturn(SITE_GROUP);
        when(authorityService.authorityExists(anyString())).thenAnswer(i -> i.<String>getArgument(0).startsWith("GROUP_"));
        when(auditComponent.areAuditValuesRequired(anyString())).thenReturn(true);
        when(transactionService.getRetryingTransactionHelper()).thenReturn(txHelper);
        when(txHelper.doInTransaction(any(), anyBoolean(), anyBoolean())).thenAnswer(i ->
                inTransaction(i.<RetryingTransactionHelper.RetryingTransactionCallback<Object>>getArgument(0)));
        when(dictionaryService.getAllModels()).thenAnswer(i -> new ArrayList<>(models));
        // ActionServiceImpl resolves an action by applicationContext.getBean(name): an unknown name throws inside
        // the public service's transaction interceptor, which marks the transaction rollback-only
        when(actionService.createAction(anyString(), any())).thenAnswer(i -> unknownAction(i.getArgument(0)));
        when(actionService.createAction(anyString())).thenAnswer(i -> unknownAction(i.getArgument(0)));
        when(exemptionNodes.read(any())).thenAnswer(i -> entries.get(i.<NodeRef>getArgument(0)));

        area.setNodeService(repo.nodeService);
        area.setSiteService(siteService);
        area.setRuleService(ruleService);
        area.setActionService(actionService);
        area.setPermissionService(repo.permissionService);
        area.afterPropertiesSet();
        gs.setActionService(actionService);
        gs.setNodeService(repo.nodeService);
        gs.setDictionaryService(dictionaryService);
        gs.afterPropertiesSet();
        audit.setAuditComponent(auditComponent);
        audit.afterPropertiesSet();
        filing.setNodeService(repo.nodeService);
        filing.setPermissionService(repo.permissionService);
        filing.setAuthorityService(authorityService);
        filing.setBehaviourFilter(behaviourFilter);
        filing.setTransactionService(transactionService);
        filing.setExemptionNodes(exemptionNodes);
        filing.setFilingPlanner(new FilingPlanner(rules, JRA));
        filing.setArchiveArea(area);
        filing.setGovernanceServices(gs);
        filing.setAudit(audit);
        filing.setSystemWork(repo.model);
        filing.setOwnableService(repo.ownableService);
        filing.setClock(Clock.fixed(LocalDate.of(2026, 2, 2).atStartOfDay(WIB).toInstant(), WIB));
        filing.afterPropertiesSet();
    }

    /**
     * Runs {@code work} as RetryingTransactionHelper does, with the commit Spring's transaction manager makes: a
     * transaction marked rollback-only rolls back and the caller gets UnexpectedRollbackException.
     */
    <T> T inTransaction(RetryingTransactionHelper.RetryingTransactionCallback<T> work) throws Throwable {
        rollbackOnly = false;
        T result = work.execute();
        if (rollbackOnly) {
            throw new UnexpectedRollbackException("Transaction rolled back because it has been marked as rollback-only");
        }
        return result;
    }

    private Object unknownAction(String name) {
        if (registeredActions.contains(name)) {
            Action a = mock(Action.class);
            when(a.getActionDefinitionName()).thenReturn(name);
            return a;
        }
        rollbackOnly = true;
        throw new NoSuchBeanDefinitionException(name);
    }

    static DkipEntry.Builder established(SecurityLevel level) {
        return DkipEntry.builder().unitCode("YANKES").unitName("Bidang Pelayanan Kesehatan").ppidPembantu(PPID_YANKES)
                .information("Rekam medis pasien").grounds(List.of("17h2")).publicInterest("lebih besar manfaatnya ditutup")
                .period(ExemptionPeriod.ofYears(5, "5 tahun")).periodStart(LocalDate.of(2026, 1, 5))
                .skNumber("188.4/12-Dinkes/2026").skDate(LocalDate.of(2026, 1, 5))
                .securityLevel(level).status(EntryStatus.DITETAPKAN);
    }

    /** A document in the site's document library carrying dkip:dikecualikan with the given classification. */
    NodeRef classifiedDocument(String name, DkipEntry entry) {
        NodeRef doc = repo.node(name, ContentModel.TYPE_CONTENT, docLib);
        repo.aspects.get(doc).add(DkipModel.ASPECT_DIKECUALIKAN);
        entries.put(doc, entry.toBuilder().id(doc.getId()).build());
        return doc;
    }

    NodeRef levelFolder(String name) {
        NodeRef area = repo.child(docLib, FilingPlanner.AREA_FOLDER_NAME);
        return area == null ? null : repo.child(area, name);
    }
}
