package org.alfresco.repo.audit;

import java.io.Serializable;
import java.util.Map;

/** Declaration of Alfresco 26.1's {@code AuditComponent}: only the members the module uses (compile-only, never packaged). */
public interface AuditComponent {
    boolean areAuditValuesRequired(String arg0);
    Map<String,Serializable> recordAuditValues(String arg0, Map<String,Serializable> arg1);
}
