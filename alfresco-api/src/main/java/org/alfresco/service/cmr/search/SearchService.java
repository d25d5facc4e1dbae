package org.alfresco.service.cmr.search;

import org.alfresco.service.cmr.repository.StoreRef;

/** Declaration of Alfresco 26.1's {@code SearchService}: only the members the module uses (compile-only, never packaged). */
public interface SearchService {
    String LANGUAGE_FTS_ALFRESCO = "fts-alfresco";
    ResultSet query(StoreRef arg0, String arg1, String arg2);
    ResultSet query(SearchParameters arg0);
}
