package id.dkip.alfresco.webscripts.publik;

import id.dkip.alfresco.webscripts.SiteRegisterRows;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.core.config.ConfigLocations;
import id.dkip.core.publication.PublicPage;
import id.dkip.core.publication.PublicPageRenderer;
import id.dkip.core.publication.PublicPageRenderer.AssetMode;
import id.dkip.core.publication.PublicationSettings;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.security.authentication.AuthenticationUtil;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
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
 * {@code GET /dkip/publik[?lang=id|en]}, without login: the agency's public DKIP page, rendered by the core's one
 * template ({@link PublicPageRenderer}) with the CSS and JavaScript in the page. The rows of the configured sites
 * ({@code dkip.publication.sites}) are read as system, because the visitor is nobody; what is shown is decided by
 * the core's whitelist ({@link PublicPage}): established entries only, only the columns the agency made public,
 * no node reference. Answers with ETag, Last-Modified and Cache-Control, and 304 to a matching If-None-Match.
 * 404 while no site is configured; 400 for an unknown language.
 */
public class PublicDkipGet extends AbstractWebScript implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(PublicDkipGet.class);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private SiteService siteService;
    private NodeService nodeService;
    private EntryNodeMapper entryMapper;
    private List<String> sites = List.of();
    private String settingsLocation = "";
    private String timeZone = "Asia/Jakarta";
    private int maxAgeSeconds = 300;

    private PublicationSettings settings;
    private ZoneId zone;
    private PublicPageRenderer renderer;

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setEntryMapper(EntryNodeMapper entryMapper) {
        this.entryMapper = entryMapper;
    }

    /** dkip.publication.sites: site short names, comma-separated. */
    public void setSites(String sites) {
        this.sites = sites == null ? List.of()
                : List.of(sites.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** dkip.publication.settings: the page settings JSON (classpath:, file: or a path); empty = safe defaults. */
    public void setSettingsLocation(String settingsLocation) {
        this.settingsLocation = settingsLocation == null ? "" : settingsLocation.trim();
    }

    /** dkip.timeZone: the day a row last changed is counted in the agency's zone. */
    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** dkip.publication.maxAgeSeconds: how long browsers and proxies may keep the page. */
    public void setMaxAgeSeconds(int maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds;
    }

    @Override
    public void afterPropertiesSet() {
        check("siteService", siteService);
        check("nodeService", nodeService);
        check("entryMapper", entryMapper);
        if (maxAgeSeconds < 0) {
            throw new IllegalStateException("dkip.publication.maxAgeSeconds must be 0 or more, not " + maxAgeSeconds);
        }
        try {
            zone = ZoneId.of(timeZone);
        } catch (RuntimeException e) {
            throw new IllegalStateException("dkip.timeZone is not a time zone: " + timeZone, e);
        }
        if (settingsLocation.isEmpty()) {
            settings = PublicationSettings.defaults();
        } else {
            try (InputStream in = ConfigLocations.open(settingsLocation)) {
                settings = PublicationSettings.read(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("dkip.publication.settings (" + settingsLocation + "): " + e.getMessage(), e);
            }
        }
        renderer = new PublicPageRenderer();
    }

    @Override
    public void execute(WebScriptRequest req, WebScriptResponse res) throws IOException {
        String lang = req.getParameter("lang") == null ? "id" : req.getParameter("lang").trim().toLowerCase(Locale.ROOT);
        if (!lang.equals("id") && !lang.equals("en")) {
            throw new WebScriptException(Status.STATUS_BAD_REQUEST, "Parameter 'lang' must be id or en");
        }
        if (sites.isEmpty()) {
            throw new WebScriptException(Status.STATUS_NOT_FOUND,
                    "The public DKIP page is not configured: set dkip.publication.sites");
        }
        Register register = AuthenticationUtil.runAsSystem(this::readRegister);
        LocalDate changed = register.lastChanged == null ? null : LocalDate.ofInstant(register.lastChanged.toInstant(), zone);
        PublicPage page = PublicPage.build(register.entries, settings, Locale.forLanguageTag(lang), changed,
                "?lang=" + (lang.equals("id") ? "en" : "id"));
        byte[] body = render(page);
        String etag = "\"" + sha256(body) + "\"";
        res.setHeader("ETag", etag);
        res.setHeader("Cache-Control", "public, max-age=" + maxAgeSeconds);
        if (register.lastChanged != null) {
            res.setHeader("Last-Modified", HTTP_DATE.format(register.lastChanged.toInstant().atOffset(ZoneOffset.UTC)));
        }
        if (matches(req.getHeader("If-None-Match"), etag)) {
            res.setStatus(Status.STATUS_NOT_MODIFIED);
            return;
        }
        res.setStatus(Status.STATUS_OK);
        res.setContentType("text/html;charset=UTF-8");
        res.setContentEncoding("UTF-8");
        res.getOutputStream().write(body);
        LOG.debug("Public DKIP page ({}): {} rows read, {} published", lang, register.entries.size(), page.entries().size());
    }

    /** The rows of the configured sites, and when the published list last changed. */
    private record Register(List<DkipEntry> entries, Date lastChanged) {
    }

    private Register readRegister() {
        SiteRegisterRows reader = new SiteRegisterRows(siteService, nodeService);
        List<DkipEntry> entries = new ArrayList<>();
        Date last = null;
        for (String site : sites) {
            if (siteService.getSite(site) == null) {
                LOG.warn("dkip.publication.sites names site '{}', which does not exist: skipped", site);
                continue;
            }
            for (NodeRef row : reader.rows(site)) {
                DkipEntry e = entryMapper.read(row);
                entries.add(e);
                // rows that are or were established: a revoked or opened row leaving the list changes it too
                if (e.status() == EntryStatus.DITETAPKAN || e.status() == EntryStatus.DICABUT || e.status() == EntryStatus.DIBUKA) {
                    Serializable modified = nodeService.getProperty(row, ContentModel.PROP_MODIFIED);
                    if (modified instanceof Date d && (last == null || d.after(last))) {
                        last = d;
                    }
                }
            }
        }
        return new Register(entries, last);
    }

    private byte[] render(PublicPage page) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            renderer.render(page, AssetMode.INLINE, w);
        }
        return bytes.toByteArray();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(String name, Object value) {
        if (value == null) {
            throw new IllegalStateException("Property '" + name + "' of the public DKIP web script is not set");
        }
    }
}
