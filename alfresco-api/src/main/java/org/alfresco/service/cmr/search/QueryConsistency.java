package org.alfresco.service.cmr.search;

/** Declaration of Alfresco 26.1's {@code QueryConsistency}: only the members the module uses (compile-only, never packaged). */
public enum QueryConsistency {
    EVENTUAL, TRANSACTIONAL, DEFAULT, TRANSACTIONAL_IF_POSSIBLE, HYBRID;
}
