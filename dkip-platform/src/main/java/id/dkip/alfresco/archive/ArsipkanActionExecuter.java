package id.dkip.alfresco.archive;

import id.dkip.alfresco.search.TransactionalSearch;
import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.archive.DocumentFacts;
import id.dkip.core.archive.DocumentMatcher;
import id.dkip.core.archive.MatchResult;
import id.dkip.core.legal.SecurityLevel;
import id.dkip.core.register.DkipEntry;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.action.ParameterDefinitionImpl;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.dictionary.DataTypeDefinition;
import org.alfresco.service.cmr.dictionary.DictionaryService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * {@code dkip-arsipkan}, "Arsipkan sebagai informasi dikecualikan": files a document as exempted information.
 * With a DKIP entry (parameter {@code entri-dkip}, a dkip:itemDkip register row) the entry's classification is
 * written onto the document and linked to it (dkip:entriDkip); without one, the document is matched against the
 * unit's established entries by name and metadata. A document with no unique confident match is never guessed:
 * it stays where it is with aspect dkip:menungguPencocokan and the reason, until an officer runs this action with
 * the entry chosen. {@code tingkat-keamanan} overrides the entry's security level. Usable from Share's rule editor
 * and applied by the drop folder's inbound rule, so WebDAV uploads are covered. Writing the entry's
 * classification (status and dates included, which users may not edit) and filing run as system; a document left
 * waiting in a drop folder is closed at once to all but the PPID groups and its uploader.
 */
public class ArsipkanActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {

    public static final String NAME = "dkip-arsipkan";
    public static final String PARAM_ENTRY = "entri-dkip";
    public static final String PARAM_LEVEL = "tingkat-keamanan";
    public static final String PARAM_UNIT_CODE = "kode-unit";

    private static final Logger LOG = LoggerFactory.getLogger(ArsipkanActionExecuter.class);

    private NodeService nodeService;
    private SearchService searchService;
    private DictionaryService dictionaryService;
    private ExemptionNodes exemptionNodes;
    private ArchiveFiling archiveFiling;
    private ArchiveAudit audit;
    private ArchiveArea archiveArea;
    private SystemWork systemWork;
    private DocumentMatcher matcher = DocumentMatcher.standard();
    private int maxCandidates = 500;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setDictionaryService(DictionaryService dictionaryService) {
        this.dictionaryService = dictionaryService;
    }

    public void setExemptionNodes(ExemptionNodes exemptionNodes) {
        this.exemptionNodes = exemptionNodes;
    }

    public void setArchiveFiling(ArchiveFiling archiveFiling) {
        this.archiveFiling = archiveFiling;
    }

    public void setAudit(ArchiveAudit audit) {
        this.audit = audit;
    }

    public void setArchiveArea(ArchiveArea archiveArea) {
        this.archiveArea = archiveArea;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    public void setMatcher(DocumentMatcher matcher) {
        this.matcher = matcher;
    }

    public void setMaxCandidates(int maxCandidates) {
        this.maxCandidates = maxCandidates;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "searchService", searchService);
        PropertyCheck.mandatory(this, "dictionaryService", dictionaryService);
        PropertyCheck.mandatory(this, "exemptionNodes", exemptionNodes);
        PropertyCheck.mandatory(this, "archiveFiling", archiveFiling);
        PropertyCheck.mandatory(this, "audit", audit);
        PropertyCheck.mandatory(this, "matcher", matcher);
        PropertyCheck.mandatory(this, "archiveArea", archiveArea);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        paramList.add(new ParameterDefinitionImpl(PARAM_ENTRY, DataTypeDefinition.NODE_REF, false, getParamDisplayLabel(PARAM_ENTRY)));
        // a list in Share's rule editor: the four SKKAAD levels of constraint dkip-ac-tingkat-keamanan
        paramList.add(new ParameterDefinitionImpl(PARAM_LEVEL, DataTypeDefinition.TEXT, false, getParamDisplayLabel(PARAM_LEVEL),
                false, SecurityLevelParameterConstraint.NAME));
        paramList.add(new ParameterDefinitionImpl(PARAM_UNIT_CODE, DataTypeDefinition.TEXT, false, getParamDisplayLabel(PARAM_UNIT_CODE)));
    }

    @Override
    protected void executeImpl(Action action, NodeRef document) {
        if (!nodeService.exists(document) || !dictionaryService.isSubClass(nodeService.getType(document), ContentModel.TYPE_CONTENT)) {
            return; // folders and other non-documents arriving in a drop folder are left alone
        }
        SecurityLevel level = parseLevel((Serializable) action.getParameterValue(PARAM_LEVEL));
        NodeRef entryNode = (NodeRef) action.getParameterValue(PARAM_ENTRY);
        if (entryNode != null) {
            apply(document, entryNode, level);
            return;
        }
        if (nodeService.hasAspect(document, DkipModel.ASPECT_DIKECUALIKAN)) {
            archiveFiling.file(document); // already classified: (re)file it
            return;
        }
        String unitCode = (String) action.getParameterValue(PARAM_UNIT_CODE);
        Map<NodeRef, DkipEntry> candidates = establishedEntries(unitCode);
        MatchResult match = matcher.match(facts(document), new ArrayList<>(candidates.values()));
        if (match.matched()) {
            NodeRef chosen = candidates.entrySet().stream().filter(e -> e.getValue() == match.entry())
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            LOG.debug("Matched {} to DKIP entry {} (score {})", document, chosen, match.candidates().get(0).score());
            apply(document, chosen, level);
        } else {
            waitWithReason(document, match, unitCode);
        }
    }

    /** Writes the entry's classification on the document, links them and files it (as system). */
    void apply(NodeRef document, NodeRef entryNode, SecurityLevel level) {
        systemWork.run(() -> {
            applyAsSystem(document, entryNode, level);
            return null;
        });
    }

    private void applyAsSystem(NodeRef document, NodeRef entryNode, SecurityLevel level) {
        DkipEntry entry = exemptionNodes.read(entryNode);
        if (level != null) {
            entry = entry.toBuilder().securityLevel(level).build();
        }
        exemptionNodes.write(document, entry.toBuilder().id(document.getId()).build());
        boolean linked = nodeService.getTargetAssocs(document, DkipModel.ASSOC_ENTRI_DKIP).stream()
                .anyMatch(a -> a.getTargetRef().equals(entryNode));
        if (!linked) {
            nodeService.createAssociation(document, entryNode, DkipModel.ASSOC_ENTRI_DKIP);
        }
        if (nodeService.hasAspect(document, DkipModel.ASPECT_MENUNGGU_PENCOCOKAN)) {
            nodeService.removeAspect(document, DkipModel.ASPECT_MENUNGGU_PENCOCOKAN);
        }
        archiveFiling.file(document);
    }

    private void waitWithReason(NodeRef document, MatchResult match, String unitCode) {
        if (archiveArea.isInDropFolder(document)) {
            systemWork.run(() -> archiveArea.holdWaiting(document, unitCode));
        }
        String reason = match.reasonId();
        if (nodeService.hasAspect(document, DkipModel.ASPECT_MENUNGGU_PENCOCOKAN)) {
            if (!reason.equals(nodeService.getProperty(document, DkipModel.PROP_ALASAN_MENUNGGU))) {
                nodeService.setProperty(document, DkipModel.PROP_ALASAN_MENUNGGU, reason);
            }
            return;
        }
        Map<org.alfresco.service.namespace.QName, Serializable> props = new HashMap<>();
        props.put(DkipModel.PROP_ALASAN_MENUNGGU, reason);
        nodeService.addAspect(document, DkipModel.ASPECT_MENUNGGU_PENCOCOKAN, props);
        audit.record(ArchiveAudit.WAITING, document, null, unitCode, reason);
        LOG.debug("{} waits in the drop folder: {}", document, reason);
    }

    /** The unit's established DKIP entries (register rows), by a transactional metadata query. */
    Map<NodeRef, DkipEntry> establishedEntries(String unitCode) {
        Map<NodeRef, DkipEntry> out = new java.util.LinkedHashMap<>();
        for (NodeRef row : TransactionalSearch.page(searchService, candidateQuery(unitCode), 0, maxCandidates).nodes()) {
            out.put(row, exemptionNodes.read(row));
        }
        return out;
    }

    /** The unit's established rows: exact terms only (TMDQ). */
    public static String candidateQuery(String unitCode) {
        String q = "TYPE:\"dkip:itemDkip\" AND =dkip:status:\"ditetapkan\"";
        if (unitCode != null && !unitCode.isBlank()) {
            q += " AND =dkip:unitKode:\"" + unitCode.replace("\"", "") + "\"";
        }
        return q;
    }

    private DocumentFacts facts(NodeRef document) {
        return new DocumentFacts(text(document, ContentModel.PROP_NAME), text(document, ContentModel.PROP_TITLE),
                text(document, ContentModel.PROP_DESCRIPTION));
    }

    private String text(NodeRef node, org.alfresco.service.namespace.QName property) {
        Serializable v = nodeService.getProperty(node, property);
        return v == null ? null : v.toString();
    }

    private static SecurityLevel parseLevel(Serializable value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return SecurityLevel.parse(value.toString()).orElseThrow(() ->
                new IllegalArgumentException("Tingkat keamanan tidak dikenal: " + value));
    }
}
