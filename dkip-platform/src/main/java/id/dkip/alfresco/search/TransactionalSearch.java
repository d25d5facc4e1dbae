package id.dkip.alfresco.search;

import java.util.ArrayList;
import java.util.List;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.cmr.search.QueryConsistency;
import org.alfresco.service.cmr.search.ResultSet;
import org.alfresco.service.cmr.search.SearchParameters;
import org.alfresco.service.cmr.search.SearchService;

/**
 * The module's one way to search the repository: an AFTS query over SpacesStore with
 * {@code QueryConsistency.TRANSACTIONAL}, so the database query engine (TMDQ) answers it from the current
 * transaction's data instead of an index that may lag. The query itself must be TMDQ-able (exact {@code =} terms
 * joined by AND; see TransactionalQueriesTest). The result set is always closed.
 */
public final class TransactionalSearch {

    /** One page of nodes, and whether the query has more after it. */
    public record Page(List<NodeRef> nodes, boolean hasMore) {
    }

    private TransactionalSearch() {
    }

    /** Every node the query finds. */
    public static List<NodeRef> all(SearchService searchService, String query) {
        return page(searchService, query, 0, -1).nodes();
    }

    /**
     * @param skip     nodes to skip
     * @param maxItems the page size; -1 for no limit (Alfresco's default)
     */
    public static Page page(SearchService searchService, String query, int skip, int maxItems) {
        SearchParameters sp = new SearchParameters();
        sp.setLanguage(SearchService.LANGUAGE_FTS_ALFRESCO);
        sp.addStore(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE);
        sp.setQueryConsistency(QueryConsistency.TRANSACTIONAL);
        sp.setQuery(query);
        sp.setSkipCount(skip);
        sp.setMaxItems(maxItems);
        ResultSet rs = searchService.query(sp);
        try {
            return new Page(new ArrayList<>(rs.getNodeRefs()), rs.hasMore());
        } finally {
            rs.close();
        }
    }
}
