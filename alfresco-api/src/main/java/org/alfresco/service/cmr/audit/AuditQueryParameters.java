package org.alfresco.service.cmr.audit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.alfresco.util.Pair;

/** Declaration of Alfresco 26.1's {@code AuditQueryParameters}: only the members the module uses; a value type tests construct (compile-only, never packaged). */
public class AuditQueryParameters {
    private boolean forward = true;
    private String applicationName;
    private final List<Pair<String, Serializable>> searchKeyValues = new ArrayList<>();

    public AuditQueryParameters() {
    }

    public boolean isForward() {
        return forward;
    }

    public void setForward(boolean forward) {
        this.forward = forward;
    }

    public String getApplicationName() {
        return applicationName;
    }

    public void setApplicationName(String applicationName) {
        this.applicationName = applicationName;
    }

    public List<Pair<String, Serializable>> getSearchKeyValues() {
        return searchKeyValues;
    }

    public void addSearchKey(String searchKey, Serializable searchValue) {
        searchKeyValues.add(new Pair<>(searchKey, searchValue));
    }
}
