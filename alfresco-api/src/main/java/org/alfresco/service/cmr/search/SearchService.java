package org.alfresco.service.cmr.search;

/** Declaration of Alfresco 26.1's {@code SearchService}: only the members the module uses (compile-only, never packaged). */
public interface SearchService {
    String LANGUAGE_FTS_ALFRESCO = "fts-alfresco";
    ResultSet query(SearchParameters arg0);
}
