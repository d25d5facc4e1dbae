package id.dkip.alfresco.webscripts.share;

import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.alfresco.webscripts.SiteRegisterRows;
import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.RowName;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.util.PropertyCheck;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.webscripts.Cache;
import org.springframework.extensions.webscripts.DeclarativeWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;

/**
 * {@code GET /dkip/share/register?site=&unit=&status=&level=&ground=&expiryBefore=&q=&max=}: a site's DKIP rows
 * (those the user may read), filtered, each labelled by its readable name ({@link #label}). For the register
 * page's filters and the DKIP entry picker, which lists only the site's DKIP rows (Share's object finder starts
 * outside the data lists, whose own names are GUIDs). 400 for a
 * missing site, a bad date or max; 404 for an unknown site. At most {@code max} rows (default 200, at most 1000).
 */
public class RegisterRowsGet extends DeclarativeWebScript implements InitializingBean {

    static final int DEFAULT_MAX = 200;
    static final int LIMIT = 1000;

    private SiteService siteService;
    private NodeService nodeService;
    private EntryNodeMapper entryMapper;

    /** One row as the page and the picker show it. */
    public record RowView(String nodeRef, Integer nomorUrut, String label, DkipEntry entry) {
    }

    @Override
    protected Map<String, Object> executeImpl(WebScriptRequest req, Status status, Cache cache) {
        String site = req.getParameter("site");
        if (site == null || site.isBlank()) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "Parameter site wajib diisi (nama pendek situs unit)");
        }
        SiteInfo info = siteService.getSite(site);
        if (info == null) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "Situs tidak ditemukan: " + site);
        }
        RowFilter filter = new RowFilter(req.getParameter("unit"), req.getParameter("status"), req.getParameter("level"),
                req.getParameter("ground"), date(req.getParameter("expiryBefore")), req.getParameter("q"));
        int max = max(req.getParameter("max"));
        List<RowView> rows = new ArrayList<>();
        int matched = 0;
        for (NodeRef ref : new SiteRegisterRows(siteService, nodeService).rows(site)) {
            DkipEntry e = entryMapper.read(ref);
            if (!filter.test(e)) {
                continue;
            }
            matched++;
            if (rows.size() < max) {
                rows.add(new RowView(ref.toString(), nomorUrut(nodeService, ref), label(nodeService, ref, e), e));
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("rows", rows);
        model.put("total", matched);
        return model;
    }

    private static Integer nomorUrut(NodeService nodeService, NodeRef ref) {
        Object n = nodeService.getProperty(ref, DkipModel.PROP_NOMOR_URUT);
        return n instanceof Number number ? number.intValue() : null;
    }

    /**
     * What a person recognises a row by: its cm:name, which the system gives every row ("3 - Rekam medis pasien",
     * RegisterRowNameBehaviour); for a row still named by a GUID (saved before that behaviour existed and not
     * changed since), the name it will get.
     */
    public static String label(NodeService nodeService, NodeRef row, DkipEntry e) {
        Serializable name = nodeService.getProperty(row, ContentModel.PROP_NAME);
        return name != null && !RowName.isGenerated(name.toString()) ? name.toString()
                : RowName.of(nomorUrut(nodeService, row), e.information());
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "expiryBefore harus tanggal YYYY-MM-DD, bukan '" + s + "'", e);
        }
    }

    private static int max(String s) {
        if (s == null || s.isBlank()) {
            return DEFAULT_MAX;
        }
        try {
            int n = Integer.parseInt(s.trim());
            if (n < 1 || n > LIMIT) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "max harus 1 sampai " + LIMIT + ", bukan '" + s + "'");
        }
    }

    /** The register page's filters; an empty filter matches everything. */
    record RowFilter(String unit, String status, String level, String ground, LocalDate expiryBefore, String text) {

        boolean test(DkipEntry e) {
            return (blank(unit) || unit.equalsIgnoreCase(e.unitCode()))
                    && (blank(status) || e.status() != null && status.equals(e.status().modelValue()))
                    && (blank(level) || e.securityLevel() != null && level.equals(e.securityLevel().modelValue()))
                    && (blank(ground) || e.grounds() != null && e.grounds().contains(ground))
                    && (expiryBefore == null || e.expiryDate() != null && e.expiryDate().isBefore(expiryBefore))
                    && (blank(text) || e.information() != null
                            && e.information().toLowerCase(Locale.ROOT).contains(text.trim().toLowerCase(Locale.ROOT)));
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setEntryMapper(EntryNodeMapper entryMapper) {
        this.entryMapper = entryMapper;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "siteService", siteService);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "entryMapper", entryMapper);
    }
}
