package id.dkip.alfresco.archive;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.access.UnitGroups;
import id.dkip.core.archive.FilingPlanner;
import id.dkip.core.archive.PermissionPlan;
import id.dkip.core.legal.SecurityLevel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.rule.Rule;
import org.alfresco.service.cmr.security.PermissionService;
import org.alfresco.service.cmr.rule.RuleService;
import org.alfresco.service.cmr.rule.RuleType;
import org.alfresco.service.cmr.site.SiteInfo;
import org.alfresco.service.cmr.site.SiteService;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * The archive area of a unit's site: {@code documentLibrary/Arsip Informasi Dikecualikan/<tingkat>/} (aspect
 * dkip:areaArsip on the area), and its drop folder {@code Penerimaan Arsip} (aspect dkip:folderPenerimaan) whose
 * inbound folder rule runs {@code dkip-arsipkan} on everything that arrives, from Share or WebDAV alike. Folders
 * are created on demand when a document is filed, or all at once by the {@code dkip-siapkan-arsip} admin action.
 * <p>
 * Neither the area nor the drop folder inherits the site's permissions (on a public site every user could read a
 * document waiting to be matched): the configured PPID groups ({@code dkip.archive.area.groups}) and the unit's
 * PPID Pembantu group are Collaborators; the site's members get Consumer on the area (to reach the drop folder and
 * see what is public or opened; every filed document carries its own permissions) and Contributor on the drop
 * folder (to upload). Each document arriving there is closed at once ({@link #holdWaiting}): the PPID groups and
 * its uploader, who owns it until filing takes ownership.
 */
public class ArchiveArea implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveArea.class);
    /** The personal-data scanner's action (id.dkip.alfresco.extraction.PersonalDataScanActionExecuter.NAME). */
    static final String SCAN_ACTION = "dkip-pindai-data-pribadi";

    private NodeService nodeService;
    private SiteService siteService;
    private RuleService ruleService;
    private ActionService actionService;
    private boolean scanOnArrival;
    private PermissionService permissionService;
    private UnitGroups unitGroups = UnitGroups.standard();
    private List<String> ppidGroups = List.of("GROUP_DKIP_PPID");

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setSiteService(SiteService siteService) {
        this.siteService = siteService;
    }

    public void setRuleService(RuleService ruleService) {
        this.ruleService = ruleService;
    }

    public void setActionService(ActionService actionService) {
        this.actionService = actionService;
    }

    /**
     * Also put an asynchronous inbound rule running {@code dkip-pindai-data-pribadi} (the personal-data scanner) on
     * drop folders, so every document filed through them carries the scanner's suggestions (config key
     * {@code dkip.extraction.scanDropFolder}). Off unless set.
     */
    public void setScanOnArrival(boolean scanOnArrival) {
        this.scanOnArrival = scanOnArrival;
    }

    public void setPermissionService(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public void setUnitGroups(UnitGroups unitGroups) {
        this.unitGroups = unitGroups;
    }

    /** Groups that work in every archive area (dkip.archive.area.groups, comma-separated, GROUP_ names). */
    public void setPpidGroups(String groups) {
        List<String> out = new ArrayList<>();
        for (String g : groups == null ? new String[0] : groups.split(",")) {
            if (!g.isBlank()) {
                if (!g.trim().startsWith("GROUP_")) {
                    throw new IllegalArgumentException("dkip.archive.area.groups: '" + g.trim() + "' is not a group (GROUP_...)");
                }
                out.add(g.trim());
            }
        }
        this.ppidGroups = List.copyOf(out);
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "permissionService", permissionService);
        PropertyCheck.mandatory(this, "unitGroups", unitGroups);
        PropertyCheck.mandatory(this, "nodeService", nodeService);
        PropertyCheck.mandatory(this, "siteService", siteService);
        PropertyCheck.mandatory(this, "ruleService", ruleService);
        PropertyCheck.mandatory(this, "actionService", actionService);
    }

    /** The document library of the site holding {@code node}, or null when the node is not in a site. */
    public NodeRef documentLibraryOf(NodeRef node) {
        SiteInfo site = siteService.getSite(node);
        if (site == null) {
            return null;
        }
        NodeRef docLib = siteService.getContainer(site.getShortName(), SiteService.DOCUMENT_LIBRARY);
        if (docLib == null) {
            docLib = siteService.createContainer(site.getShortName(), SiteService.DOCUMENT_LIBRARY, ContentModel.TYPE_FOLDER, null);
        }
        return docLib;
    }

    /** {@code Arsip Informasi Dikecualikan}, created with dkip:areaArsip when missing, closed to the site. */
    public NodeRef area(NodeRef documentLibrary) {
        NodeRef existing = nodeService.getChildByName(documentLibrary, ContentModel.ASSOC_CONTAINS, FilingPlanner.AREA_FOLDER_NAME);
        if (existing != null) {
            return existing;
        }
        NodeRef area = folder(documentLibrary, FilingPlanner.AREA_FOLDER_NAME, DkipModel.ASPECT_AREA_ARSIP);
        close(area, documentLibrary, null, PermissionService.CONSUMER);
        return area;
    }

    /** The level's folder inside the area, created when missing. */
    public NodeRef levelFolder(NodeRef documentLibrary, String levelFolderName) {
        return folder(area(documentLibrary), levelFolderName, null);
    }

    /**
     * Creates the whole area (every non-public level's folder) and the drop folder with its rule; safe to run again.
     *
     * @param unitCode the unit whose DKIP entries the drop folder matches documents against
     * @return the drop folder
     */
    public NodeRef setUp(NodeRef documentLibrary, String unitCode) {
        for (SecurityLevel level : SecurityLevel.values()) {
            if (!level.isPublic()) {
                levelFolder(documentLibrary, FilingPlanner.folderName(level));
            }
        }
        NodeRef area = area(documentLibrary);
        close(area, documentLibrary, unitCode, PermissionService.CONSUMER);
        NodeRef drop = folder(area, FilingPlanner.DROP_FOLDER_NAME, DkipModel.ASPECT_FOLDER_PENERIMAAN);
        close(drop, documentLibrary, unitCode, "Contributor");
        ensureDropRule(drop, unitCode);
        if (scanOnArrival) {
            ensureScanRule(drop);
        }
        return drop;
    }

    /**
     * Closes a document waiting in a drop folder to everyone but the PPID groups (and its uploader, its owner until
     * filing). Run as system: the uploader may not change permissions.
     *
     * @return what changed, or null
     */
    public String holdWaiting(NodeRef document, String unitCode) {
        return new PermissionApplier(permissionService).apply(document, PermissionPlan.restricted(ppidGrants(unitCode)));
    }

    /** Breaks inheritance: PPID groups Collaborator, the site's members {@code siteRole}. Safe to repeat. */
    private void close(NodeRef folder, NodeRef documentLibrary, String unitCode, String siteRole) {
        Map<String, String> grants = ppidGrants(unitCode);
        SiteInfo site = siteService.getSite(documentLibrary);
        String siteGroup = site == null ? null : siteService.getSiteGroup(site.getShortName());
        if (siteGroup != null) {
            grants.put(siteGroup, siteRole);
        }
        String changes = new PermissionApplier(permissionService).apply(folder, PermissionPlan.restricted(grants));
        if (changes != null) {
            LOG.info("Archive folder {} closed to the site: {}", folder, changes);
        }
    }

    private Map<String, String> ppidGrants(String unitCode) {
        Map<String, String> grants = new LinkedHashMap<>();
        ppidGroups.forEach(g -> grants.put(g, PermissionPlan.COLLABORATOR));
        unitGroups.groupOf(unitCode).ifPresent(g -> grants.put(g, PermissionPlan.COLLABORATOR));
        return grants;
    }

    /** True when the node lies directly in a drop folder. */
    public boolean isInDropFolder(NodeRef node) {
        NodeRef parent = nodeService.getPrimaryParent(node).getParentRef();
        return parent != null && nodeService.hasAspect(parent, DkipModel.ASPECT_FOLDER_PENERIMAAN);
    }

    /** The inbound rule "Arsipkan sebagai informasi dikecualikan" on the drop folder, added once. */
    void ensureDropRule(NodeRef drop, String unitCode) {
        List<Rule> existing = ruleService.getRules(drop, false);
        for (Rule r : existing) {
            if (r.getAction() != null && ArsipkanActionExecuter.NAME.equals(r.getAction().getActionDefinitionName())) {
                return;
            }
        }
        Map<String, Serializable> params = new HashMap<>();
        if (unitCode != null && !unitCode.isBlank()) {
            params.put(ArsipkanActionExecuter.PARAM_UNIT_CODE, unitCode);
        }
        Action action = actionService.createAction(ArsipkanActionExecuter.NAME, params);
        Rule rule = new Rule();
        rule.setRuleType(RuleType.INBOUND);
        rule.setTitle("Arsipkan sebagai informasi dikecualikan");
        rule.setDescription("DKIP: mencocokkan dokumen yang masuk dengan entri DKIP unit dan mengarsipkannya; "
                + "dokumen yang tidak cocok menunggu di folder ini dengan alasannya.");
        rule.applyToChildren(false);
        rule.setExecuteAsynchronously(false);
        rule.setAction(action);
        ruleService.saveRule(drop, rule);
        LOG.info("Folder rule {} added to drop folder {}", ArsipkanActionExecuter.NAME, drop);
    }

    /**
     * The inbound rule "Pindai data pribadi" on the drop folder, added once. Asynchronous: a document the scanner
     * refuses (encrypted, too large...) is still filed, and scanning never slows the upload.
     */
    void ensureScanRule(NodeRef drop) {
        for (Rule r : ruleService.getRules(drop, false)) {
            if (r.getAction() != null && SCAN_ACTION.equals(r.getAction().getActionDefinitionName())) {
                return;
            }
        }
        Rule rule = new Rule();
        rule.setRuleType(RuleType.INBOUND);
        rule.setTitle("Pindai data pribadi");
        rule.setDescription("DKIP: mencari data pribadi (NIK, KK, NPWP, BPJS, rekening, data kesehatan) pada dokumen "
                + "yang masuk dan menyimpan saran alasan Pasal 17 pada dokumen; hanya saran.");
        rule.applyToChildren(false);
        rule.setExecuteAsynchronously(true);
        rule.setAction(actionService.createAction(SCAN_ACTION, new HashMap<>()));
        ruleService.saveRule(drop, rule);
        LOG.info("Folder rule {} added to drop folder {}", SCAN_ACTION, drop);
    }

    private NodeRef folder(NodeRef parent, String name, QName marker) {
        NodeRef existing = nodeService.getChildByName(parent, ContentModel.ASSOC_CONTAINS, name);
        if (existing != null) {
            return existing;
        }
        Map<QName, Serializable> props = new HashMap<>();
        props.put(ContentModel.PROP_NAME, name);
        NodeRef created = nodeService.createNode(parent, ContentModel.ASSOC_CONTAINS,
                QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, name.replace(' ', '_')),
                ContentModel.TYPE_FOLDER, props).getChildRef();
        if (marker != null) {
            nodeService.addAspect(created, marker, null);
        }
        LOG.debug("Created archive folder '{}' in {}", name, parent);
        return created;
    }
}
