package id.dkip.alfresco.webscripts;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.documents.export.ExportFormat;
import id.dkip.core.documents.export.RegisterExporter;
import id.dkip.core.register.DkipEntry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alfresco.model.DataListModel;
import org.alfresco.service.cmr.repository.ChildAssociationRef;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.extensions.webscripts.AbstractWebScript;
import org.springframework.extensions.webscripts.Status;
import org.springframework.extensions.webscripts.WebScriptException;
import org.springframework.extensions.webscripts.WebScriptRequest;
import org.springframework.extensions.webscripts.WebScriptResponse;

/**
 * {@code GET /dkip/register/export?site={site}&format=xlsx|csv|json[&public=true]}: the DKIP register rows of a
 * site (every dkip:itemDkip in its data lists the caller may read) as a download. {@code public=true} gives the
 * public view (established rows only, no exempted content; see {@code PublicView}). 400 for a missing site
 * parameter or an unknown format, 404 for an unknown site (or one the caller cannot see). Rows are read and
 * written one at a time, so large registers stream.
 */
public class RegisterExportGet extends AbstractWebScript implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterExportGet.class);
    static final String DATA_LISTS = SiteRegisterRows.DATA_LISTS;

    private SiteService siteService;
    private NodeService nodeService;
    private EntryNodeMapper entryMapper;
    private RegisterExporter exporter;

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setEntryMapper(EntryNodeMapper entryMapper) {
        this.entryMapper = entryMapper;
    }

    public void setExporter(RegisterExporter exporter) {
        this.exporter = exporter;
    }

    @Override
    public void afterPropertiesSet() {
        check("siteService", siteService);
        check("nodeService", nodeService);
        check("entryMapper", entryMapper);
        check("exporter", exporter);
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String site = req.getParameter("site");
        if (site == null || site.isBlank()) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "Parameter 'site' is required");
        }
        ExportFormat format;
        try {
            format = ExportFormat.parse(req.getParameter("format") == null ? "json" : req.getParameter("format"));
        } catch (IllegalArgumentException e) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, e.getMessage(), e);
        }
        String publicParam = req.getParameter("public");
        if (publicParam != null && !publicParam.equalsIgnoreCase("true") && !publicParam.equalsIgnoreCase("false")) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "Parameter 'public' must be true or false");
        }
        boolean publicView = Boolean.parseBoolean(publicParam);
        SiteInfo siteInfo = siteService.getSite(site);
        if (siteInfo == null) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "Site '" + site + "' not found");
        }
        List<NodeRef> items = items(site);
        String fileName = RegisterExporter.fileName("dkip-" + site.toLowerCase(Locale.ROOT), format, publicView,
                LocalDate.now());
        res.setStatus(Status.STATUS_OK);
        res.setContentType(format.mimeType());
        if (format != ExportFormat.XLSX) {
            res.setContentEncoding("UTF-8");
        }
        res.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        res.setHeader("Cache-Control", "no-store");
        Iterator<DkipEntry> entries = items.stream().map(entryMapper::read).iterator();
        OutputStream out = res.getOutputStream();
        int n = exporter.export(entries, format, publicView, out);
        out.flush();
        LOG.debug("Exported {} of {} DKIP rows of site {} as {} (public: {})", n, items.size(), site, format, publicView);
    }

    /** Every dkip:itemDkip of the site's DKIP data lists, in list order then by dkip:nomorUrut. */
    private List<NodeRef> items(String site) {
        return new SiteRegisterRows(siteService, nodeService).rows(site);
    }

    private static void check(String name, Object value) {
        if (value == null) {
            throw new IllegalStateException("Property '" + name + "' of the register export web script is not set");
        }
    }
}
