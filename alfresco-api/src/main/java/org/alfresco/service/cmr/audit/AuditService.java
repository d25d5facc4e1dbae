package org.alfresco.service.cmr.audit;

import java.io.Serializable;
import java.util.Map;

/** Declaration of Alfresco 26.1's {@code AuditService}: only the members the module uses (compile-only, never packaged). */
public interface AuditService {
    void auditQuery(AuditQueryCallback arg0, AuditQueryParameters arg1, int arg2);

    /** Declaration of {@code AuditService.AuditQueryCallback}. */
    interface AuditQueryCallback {
        boolean valuesRequired();

        boolean handleAuditEntry(Long entryId, String applicationName, String user, long time, Map<String, Serializable> values);

        boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error);
    }
}
