package id.dkip.alfresco.workflow;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.process.Amendment;
import id.dkip.core.process.EntryDecision;
import id.dkip.core.process.FilingItem;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.workflow.RegisterPort;
import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;
import org.springframework.beans.factory.InitializingBean;

/**
 * The register in the repository: DKIP rows are dkip:itemDkip data-list items (entry id = node reference) whose
 * dkip:ppidPembantu names the unit's group. Found with one query per status of exact {@code =} terms, which ACS's
 * database query engine (TMDQ) answers with {@code QueryConsistency.TRANSACTIONAL}: a proposal saved just before a
 * step ends is in the draft, with or without Solr. (A disjunction such as {@code dkip:status:(usulan rancangan)}
 * is not TMDQ-able and would go to the eventually consistent index.) Read and written with EntryNodeMapper.
 */
public class AlfrescoRegister implements RegisterPort, InitializingBean {

    private NodeService nodeService;
    private SearchService searchService;
    private EntryNodeMapper entryMapper;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setEntryMapper(EntryNodeMapper entryMapper) {
        this.entryMapper = entryMapper;
    }

    @Override
    public void afterPropertiesSet() {
        String me = "dkip.workflow.register";
        ActivitiBeanRegistration.mandatory(me, "nodeService", nodeService);
        ActivitiBeanRegistration.mandatory(me, "searchService", searchService);
        ActivitiBeanRegistration.mandatory(me, "entryMapper", entryMapper);
    }

    private List<NodeRef> items(String unitGroup, EntryStatus... statuses) {
        List<NodeRef> out = new ArrayList<>();
        for (EntryStatus status : statuses) {
            SearchParameters sp = new SearchParameters();
            sp.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
            sp.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
            sp.setQueryConsistency(QueryConsistency.TRANSACTIONAL);
            sp.setQuery(itemsQuery(unitGroup, status));
            ResultSet rs = searchService.query(sp);
            try {
                out.addAll(rs.getNodeRefs());
            } finally {
                rs.close();
            }
        }
        return out;
    }

    /** The unit's rows in one status: exact terms only (TMDQ). */
    public static String itemsQuery(String unitGroup, EntryStatus status) {
        return "TYPE:\"" + prefixed(DkipModel.TYPE_ITEM_DKIP) + "\" AND ="
                + prefixed(DkipModel.PROP_PPID_PEMBANTU) + ":\"" + unitGroup.replace("\"", "") + "\" AND ="
                + prefixed(DkipModel.PROP_STATUS) + ":\"" + status.modelValue() + "\"";
    }

    private static String prefixed(org.alfresco.service.namespace.QName name) {
        return DkipModel.PREFIX + ":" + name.getLocalName();
    }

    @Override
    public List<DkipEntry> proposals(String unitGroup) {
        return items(unitGroup, EntryStatus.USULAN, EntryStatus.RANCANGAN).stream()
                .map(entryMapper::read).toList();
    }

    @Override
    public void saveDecisions(String processInstanceId, List<EntryDecision> decisions) {
        for (EntryDecision d : decisions) {
            NodeRef ref = new NodeRef(d.entryId());
            Map<org.alfresco.service.namespace.QName, Serializable> props = new HashMap<>();
            props.put(DkipModel.PROP_KEPUTUSAN_RAPAT, d.verdict().value());
            props.put(DkipModel.PROP_HASIL_UJI_KONSEKUENSI, d.consequenceTestPassed() ? "lulus" : "tidak lulus");
            nodeService.addProperties(ref, props);
        }
    }

    @Override
    public void establish(Collection<String> entryIds, Amendment sk) {
        for (String id : entryIds) {
            NodeRef ref = new NodeRef(id);
            Map<org.alfresco.service.namespace.QName, Serializable> props = new HashMap<>();
            props.put(DkipModel.PROP_STATUS, EntryStatus.DITETAPKAN.modelValue());
            props.put(DkipModel.PROP_NOMOR_SK, sk.skNumber());
            props.put(DkipModel.PROP_TANGGAL_SK, Date.valueOf(sk.skDate()));
            nodeService.addProperties(ref, props);
        }
    }

    @Override
    public List<FilingItem> filingStatus(String unitGroup) {
        List<FilingItem> out = new ArrayList<>();
        for (NodeRef ref : items(unitGroup, EntryStatus.DITETAPKAN)) {
            var filed = nodeService.getTargetAssocs(ref, DkipModel.ASSOC_DOKUMEN_TERARSIP);
            Serializable reason = nodeService.getProperty(ref, DkipModel.PROP_ALASAN_TANPA_DOKUMEN);
            out.add(new FilingItem(ref.toString(), filed.isEmpty() ? null : filed.get(0).getTargetRef().toString(),
                    reason == null ? null : reason.toString()));
        }
        return out;
    }
}
