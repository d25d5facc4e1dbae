package id.dkip.alfresco.workflow;

import id.dkip.alfresco.search.TransactionalSearch;
import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.documents.AgencyProfile;
import id.dkip.core.process.Amendment;
import id.dkip.core.process.FilingItem;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.workflow.RegisterPort;
import id.dkip.core.workflow.RowDecision;
import java.io.Serializable;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.search.SearchService;
import org.alfresco.service.namespace.QName;
import org.springframework.beans.factory.InitializingBean;

/**
 * The register in the repository: DKIP rows are dkip:itemDkip data-list items (entry id = node reference) whose
 * dkip:ppidPembantu names the unit's group. A unit's rows are found with a query of exact terms only
 * ({@link #unitQuery}), which ACS's database query engine (TMDQ) answers with transactional consistency, so a
 * proposal saved just before step 1 ended is in the draft and no Solr is needed; the status is filtered here.
 * Rows are read and written with the model's EntryNodeMapper and NodeService. The process runs this as the system
 * user (see {@link id.dkip.alfresco.archive.SystemWork}): every unit's rows are visible.
 */
public class AlfrescoRegister implements RegisterPort, InitializingBean {

    private NodeService nodeService;
    private SearchService searchService;
    private EntryNodeMapper entryMapper;
    private AgencyProfile agency;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSearchService(SearchService searchService) {
        this.searchService = searchService;
    }

    public void setEntryMapper(EntryNodeMapper entryMapper) {
        this.entryMapper = entryMapper;
    }

    /** The agency profile of the generated documents (dkip.documents.agencyProfile). */
    public void setAgencyProfile(AgencyProfile agency) {
        this.agency = agency;
    }

    @Override
    public void afterPropertiesSet() {
        String me = "dkip.workflow.register";
        ActivitiBeanRegistration.mandatory(me, "nodeService", nodeService);
        ActivitiBeanRegistration.mandatory(me, "searchService", searchService);
        ActivitiBeanRegistration.mandatory(me, "entryMapper", entryMapper);
        ActivitiBeanRegistration.mandatory(me, "agencyProfile", agency);
    }

    /** Every row of the unit: TYPE and one exact property term (no ranges, no OR lists: TMDQ answers it). */
    public static String unitQuery(String unitGroup) {
        return "TYPE:\"" + prefixed(DkipModel.TYPE_ITEM_DKIP) + "\" AND =" + prefixed(DkipModel.PROP_PPID_PEMBANTU)
                + ":\"" + unitGroup.replace("\"", "").replace("\\", "") + "\"";
    }

    private List<NodeRef> items(String unitGroup, Set<String> statuses) {
        List<NodeRef> out = new ArrayList<>();
        for (NodeRef ref : TransactionalSearch.all(searchService, unitQuery(unitGroup))) {
            Serializable status = nodeService.getProperty(ref, DkipModel.PROP_STATUS);
            if (statuses.contains(status == null ? EntryStatus.USULAN.modelValue() : status.toString())) {
                out.add(ref);
            }
        }
        return out;
    }

    private static String prefixed(QName name) {
        return DkipModel.PREFIX + ":" + name.getLocalName();
    }

    @Override
    public List<DkipEntry> proposals(String unitGroup) {
        return items(unitGroup, Set.of(EntryStatus.USULAN.modelValue(), EntryStatus.RANCANGAN.modelValue())).stream()
                .map(entryMapper::read).toList();
    }

    /** Reads dkip:keputusanRapat, dkip:hasilUjiKonsekuensi and dkip:catatanRapat as the meeting screen stored them. */
    @Override
    public List<RowDecision> decisionsOnRows(List<String> entryIds) {
        List<RowDecision> out = new ArrayList<>();
        for (String id : entryIds) {
            NodeRef ref = new NodeRef(id);
            out.add(new RowDecision(id, text(ref, DkipModel.PROP_KEPUTUSAN_RAPAT),
                    text(ref, DkipModel.PROP_HASIL_UJI_KONSEKUENSI), text(ref, DkipModel.PROP_CATATAN_RAPAT)));
        }
        return out;
    }

    @Override
    public void establish(Collection<String> entryIds, Amendment sk) {
        AgencyProfile.DecisionFacts facts = agency.decisionFacts();
        for (String id : entryIds) {
            NodeRef ref = new NodeRef(id);
            Map<QName, Serializable> props = new HashMap<>();
            props.put(DkipModel.PROP_STATUS, EntryStatus.DITETAPKAN.modelValue());
            props.put(DkipModel.PROP_NOMOR_SK, sk.skNumber());
            props.put(DkipModel.PROP_TANGGAL_SK, Date.valueOf(sk.skDate()));
            // The step 4 form does not ask who decides, for which body and where: a row that does not name them gets
            // what the agency profile names, the same the SK itself prints.
            fillIfBlank(ref, props, DkipModel.PROP_PEJABAT_PENETAP, facts.decidingOfficial());
            fillIfBlank(ref, props, DkipModel.PROP_BADAN_PUBLIK, facts.publicBody());
            fillIfBlank(ref, props, DkipModel.PROP_TEMPAT_PENETAPAN, facts.place());
            nodeService.addProperties(ref, props);
        }
    }

    @Override
    public List<FilingItem> filing(Collection<String> entryIds) {
        List<FilingItem> out = new ArrayList<>();
        for (String id : entryIds) {
            NodeRef ref = new NodeRef(id);
            NodeRef document = filedDocument(ref);
            out.add(new FilingItem(id, document == null ? null : document.toString(),
                    text(ref, DkipModel.PROP_ALASAN_TANPA_DOKUMEN)));
        }
        return out;
    }

    /**
     * A row's filed document: one that filing linked to it (document -> row, dkip:entriDkip, as the drop-folder rule
     * and the Arsipkan action do), else one chosen by hand on the row (dkip:dokumenTerarsip). Filing never writes
     * the latter, so reading only it left step 6 impossible to complete by filing (seen in a real Share run).
     */
    private NodeRef filedDocument(NodeRef row) {
        var linked = nodeService.getSourceAssocs(row, DkipModel.ASSOC_ENTRI_DKIP);
        if (!linked.isEmpty()) {
            return linked.get(0).getSourceRef();
        }
        var chosen = nodeService.getTargetAssocs(row, DkipModel.ASSOC_DOKUMEN_TERARSIP);
        return chosen.isEmpty() ? null : chosen.get(0).getTargetRef();
    }

    private void fillIfBlank(NodeRef ref, Map<QName, Serializable> props, QName property, String value) {
        String current = text(ref, property);
        if (current == null && value != null) {
            props.put(property, value);
        }
    }

    private String text(NodeRef ref, QName property) {
        Serializable v = nodeService.getProperty(ref, property);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }
}
