package id.dkip.alfresco.webscripts;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.access.UnitGroups;
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
import org.alfresco.service.cmr.security.AuthorityService;
import org.alfresco.service.cmr.site.SiteService;
import org.apache.commons.io.output.DeferredFileOutputStream;
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
 * <p>
 * The internal register (consequence and public-interest analysis, descriptions of Sangat Rahasia items) is for
 * the PPID roles only: members of {@code dkip.access.internalRegisterGroups} or of a unit's PPID Pembantu group
 * ({@link UnitGroups}). Everyone else gets the public view, whatever they ask for; the file name says which.
 * The export is written to a buffer (memory, then a temporary file) before the response is touched, so a
 * failure answers a clean 500 instead of a half-written download whose error page cannot be rendered.
 */
public class RegisterExportGet extends AbstractWebScript implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterExportGet.class);
    /** Exports up to this size stay in memory; larger ones go to a temporary file until sent. */
    static final int BUFFER_IN_MEMORY = 4 * 1024 * 1024;
    static final String DATA_LISTS = SiteRegisterRows.DATA_LISTS;

    private SiteService siteService;
    private NodeService nodeService;
    private EntryNodeMapper entryMapper;
    private RegisterExporter exporter;
    private AuthorityService authorityService;
    private UnitGroups unitGroups = UnitGroups.standard();
    private Set<String> internalGroups = Set.of();

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

    public void setAuthorityService(AuthorityService authorityService) {
        this.authorityService = authorityService;
    }

    public void setUnitGroups(UnitGroups unitGroups) {
        this.unitGroups = unitGroups;
    }

    /** Groups that may export the internal register (comma-separated; dkip.access.internalRegisterGroups). */
    public void setInternalGroups(String groups) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String g : groups == null ? new String[0] : groups.split(",")) {
            if (!g.isBlank()) {
                out.add(g.trim());
            }
        }
        this.internalGroups = Set.copyOf(out);
    }

    @Override
    public void afterPropertiesSet() {
        check("siteService", siteService);
        check("nodeService", nodeService);
        check("entryMapper", entryMapper);
        check("exporter", exporter);
        check("authorityService", authorityService);
        check("unitGroups", unitGroups);
    }

    /** True when the current user holds a PPID role: an internal-register group or a unit's PPID Pembantu group. */
    boolean mayReadInternal() {
        for (String authority : authorityService.getAuthorities()) {
            if (internalGroups.contains(authority) || unitGroups.isUnitGroup(authority)) {
                return true;
            }
        }
        return false;
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
        boolean publicView = Boolean.parseBoolean(publicParam) || !mayReadInternal();
        SiteInfo siteInfo = siteService.getSite(site);
        if (siteInfo == null) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND, "Site '" + site + "' not found");
        }
        List<NodeRef> items = items(site);
        String fileName = RegisterExporter.fileName("dkip-" + site.toLowerCase(Locale.ROOT), format, publicView,
                LocalDate.now());
        Iterator<DkipEntry> entries = items.stream().map(entryMapper::read).iterator();
        DeferredFileOutputStream buffer = DeferredFileOutputStream.builder().setThreshold(BUFFER_IN_MEMORY)
                .setPrefix("dkip-export-").setSuffix(".tmp").get();
        try {
            int n;
            try {
                n = exporter.export(entries, format, publicView, buffer);
            } catch (RuntimeException | LinkageError e) {
                throw new WebScriptException(Status.STATUS_INTERNAL_SERVER_ERROR, "Ekspor DKIP gagal: " + e, e);
            }
            buffer.close();
            res.setStatus(Status.STATUS_OK);
            res.setContentType(format.mimeType());
            if (format != ExportFormat.XLSX) {
                res.setContentEncoding("UTF-8");
            }
            res.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            res.setHeader("Cache-Control", "no-store");
            OutputStream out = res.getOutputStream();
            buffer.writeTo(out);
            out.flush();
            LOG.debug("Exported {} of {} DKIP rows of site {} as {} (public: {})", n, items.size(), site, format, publicView);
        } finally {
            buffer.close();
            if (buffer.getFile() != null) {
                java.nio.file.Files.deleteIfExists(buffer.getFile().toPath()); // the export outgrew memory
            }
        }
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
