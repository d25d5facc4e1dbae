package id.dkip.alfresco.webscripts;

import id.dkip.alfresco.model.DkipModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.alfresco.model.DataListModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteService;

/** The DKIP register rows of a site: every dkip:itemDkip of its DKIP data lists, in list order then by dkip:nomorUrut. */
public final class SiteRegisterRows {
    public static final String DATA_LISTS = "dataLists";
    private static final String ITEM_TYPE = DkipModel.PREFIX + ":" + DkipModel.TYPE_ITEM_DKIP.getLocalName();

    private final SiteService siteService;
    private final NodeService nodeService;

    public SiteRegisterRows(SiteService siteService, NodeService nodeService) {
        this.siteService = siteService;
        this.nodeService = nodeService;
    }

    public List<NodeRef> rows(String site) {
        NodeRef container = siteService.getContainer(site, DATA_LISTS);
        List<NodeRef> items = new ArrayList<>();
        if (container == null) {
            return items;
        }
        for (ChildAssociationRef list : nodeService.getChildAssocs(container, Set.of(DataListModel.TYPE_DATALIST))) {
            Serializable itemType = nodeService.getProperty(list.getChildRef(), DataListModel.PROP_DATALIST_ITEM_TYPE);
            if (!ITEM_TYPE.equals(itemType)) {
                continue;
            }
            List<NodeRef> rows = new ArrayList<>();
            for (ChildAssociationRef row : nodeService.getChildAssocs(list.getChildRef(), Set.of(DkipModel.TYPE_ITEM_DKIP))) {
                rows.add(row.getChildRef());
            }
            rows.sort(Comparator.comparing(this::sequence));
            items.addAll(rows);
        }
        return items;
    }

    private Integer sequence(NodeRef row) {
        Serializable n = nodeService.getProperty(row, DkipModel.PROP_NOMOR_URUT);
        return n instanceof Number number ? number.intValue() : Integer.MAX_VALUE;
    }
}
