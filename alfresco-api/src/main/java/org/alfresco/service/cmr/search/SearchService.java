package org.alfresco.service.cmr.search;

import org.alfresco.service.cmr.repository.StoreRef;

/** Declaration of Alfresco's {@code SearchService}: the members the module uses, in Alfresco's order. */
public interface SearchService {

    String LANGUAGE_FTS_ALFRESCO = "fts-alfresco";

    ResultSet query(StoreRef store, String language, String query);
}
