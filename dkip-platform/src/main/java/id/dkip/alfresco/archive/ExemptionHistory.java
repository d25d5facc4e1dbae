package id.dkip.alfresco.archive;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alfresco.service.cmr.audit.AuditQueryParameters;
import org.alfresco.service.cmr.audit.AuditService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;

/**
 * "The history of this document's exemption": the entries the module recorded for one node in the
 * {@code DKIP Arsip} audit application (classification, refusal, filing, permission changes, extension, review,
 * opening), oldest first, each with who and when.
 */
public class ExemptionHistory implements InitializingBean {

    /** One recorded event. */
    public record Event(long id, Date time, String user, String type, String level, String unit, String detail) {
    }

    private AuditService auditService;
    private int maxResults = 500;

    public void setAuditService(AuditService auditService) {
        this.auditService = auditService;
    }

    public void setMaxResults(int maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "auditService", auditService);
    }

    public List<Event> of(NodeRef node) {
        AuditQueryParameters params = new AuditQueryParameters();
        params.setApplicationName(ArchiveAudit.APPLICATION);
        params.addSearchKey(ArchiveAudit.KEY_NODE, node.toString());
        params.setForward(true);
        List<Event> out = new ArrayList<>();
        auditService.auditQuery(new AuditService.AuditQueryCallback() {
            @Override
            public boolean valuesRequired() {
                return true;
            }

            @Override
            public boolean handleAuditEntry(Long entryId, String applicationName, String user, long time,
                                            Map<String, Serializable> values) {
                Map<String, Serializable> v = values == null ? Map.of() : new TreeMap<>(values);
                out.add(new Event(entryId == null ? -1 : entryId, new Date(time), user, value(v, "jenis"),
                        value(v, "tingkat"), value(v, "unit"), value(v, "rincian")));
                return true;
            }

            @Override
            public boolean handleAuditEntryError(Long entryId, String errorMsg, Throwable error) {
                return true; // one unreadable entry must not hide the rest of the history
            }
        }, params, maxResults);
        return out;
    }

    private static String value(Map<String, Serializable> values, String key) {
        Serializable v = values.get(ArchiveAudit.ROOT + "/peristiwa/" + key);
        return v == null ? null : v.toString();
    }
}
