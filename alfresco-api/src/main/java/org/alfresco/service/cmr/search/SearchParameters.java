package org.alfresco.service.cmr.search;

import java.util.ArrayList;
import org.alfresco.service.cmr.repository.StoreRef;

/** Declaration of Alfresco 26.1's {@code SearchParameters}: only the members the module uses; a value type tests construct (compile-only, never packaged). */
public class SearchParameters {
    private String language;
    private String query;
    private final ArrayList<StoreRef> stores = new ArrayList<>();
    private int maxItems = -1;
    private int skipCount;
    private QueryConsistency queryConsistency = QueryConsistency.DEFAULT;

    public SearchParameters() {
    }

    public String getLanguage() {
        return language;
    }

    public String getQuery() {
        return query;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public void addStore(StoreRef store) {
        stores.add(store);
    }

    public ArrayList<StoreRef> getStores() {
        return stores;
    }

    public void setMaxItems(int maxItems) {
        this.maxItems = maxItems;
    }

    public int getMaxItems() {
        return maxItems;
    }

    public void setSkipCount(int skipCount) {
        this.skipCount = skipCount;
    }

    public int getSkipCount() {
        return skipCount;
    }

    public void setQueryConsistency(QueryConsistency queryConsistency) {
        this.queryConsistency = queryConsistency;
    }

    public QueryConsistency getQueryConsistency() {
        return queryConsistency;
    }
}
