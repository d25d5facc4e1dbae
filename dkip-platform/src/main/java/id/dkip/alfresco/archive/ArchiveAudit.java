package id.dkip.alfresco.archive;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alfresco.repo.audit.AuditComponent;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Records the archive events in the audit application {@code DKIP Arsip}
 * ({@code alfresco/module/dkip-platform/audit/dkip-audit.xml}, found by Alfresco's audit registry on its search
 * path {@code classpath*:alfresco/module/*}{@code /audit/*.xml}). Each entry keeps the event, the node, the level,
 * the unit and a detail; Alfresco adds who (the authenticated user) and when.
 */
public class ArchiveAudit implements InitializingBean {

    /** Root path of the values this module produces (mapped to the application in dkip-audit.xml). */
    public static final String ROOT = "/dkip-arsip";
    /** Application name (dkip-audit.xml, Application/@name), used to query. */
    public static final String APPLICATION = "DKIP Arsip";
    /** The recorded node, as the query's search key. */
    public static final String KEY_NODE = "/dkip-arsip/peristiwa/node";

    public static final String CLASSIFIED = "klasifikasi";
    public static final String REFUSED = "penolakan";
    public static final String FILED = "pengarsipan";
    public static final String PERMISSIONS = "perubahanIzin";
    public static final String EXTENDED = "perpanjangan";
    public static final String OPENED = "pembukaan";
    public static final String REVIEW_STARTED = "peninjauan";
    public static final String RECORD_DECLARED = "rekamArsipGs";
    public static final String WAITING = "menunggu";

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveAudit.class);

    private AuditComponent auditComponent;

    public void setAuditComponent(AuditComponent auditComponent) {
        this.auditComponent = auditComponent;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "auditComponent", auditComponent);
    }

    /** Records one event; does nothing when auditing of the application is off. */
    public void record(String event, NodeRef node, String level, String unit, String detail) {
        if (!auditComponent.areAuditValuesRequired(ROOT)) {
            return;
        }
        Map<String, Serializable> values = new LinkedHashMap<>();
        values.put("peristiwa/jenis", event);
        values.put("peristiwa/node", node.toString());
        values.put("peristiwa/tingkat", level == null ? "" : level);
        values.put("peristiwa/unit", unit == null ? "" : unit);
        values.put("peristiwa/rincian", detail == null ? "" : truncate(detail));
        auditComponent.recordAuditValues(ROOT, values);
        LOG.debug("Audit {} {} {}", event, node, detail);
    }

    /** Audit values are stored as strings of limited length; keep the start of long details. */
    private static String truncate(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 997) + "...";
    }
}
