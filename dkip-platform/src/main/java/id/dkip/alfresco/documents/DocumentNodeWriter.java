package id.dkip.alfresco.documents;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.documents.DocumentKind;
import id.dkip.core.documents.GeneratedDocument;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.workflow.WorkflowModel;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.ContentWriter;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.cmr.version.Version;
import org.alfresco.service.cmr.version.VersionService;
import org.alfresco.service.cmr.version.VersionType;
import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Writes a generated document into the repository as a node of its DKIP type (dkip:dokumenDkip, dkip:beritaAcara,
 * dkip:suratKeputusan, dkip:lembarUjiKonsekuensi) in a target folder, and links it into the workflow package.
 * <ul>
 *   <li>The node is found by file name in the folder: the first generation creates it, every regeneration writes
 *       new content to the same node, so the document keeps one history.</li>
 *   <li>The node is cm:versionable with automatic versioning off: each write creates exactly one version, minor for
 *       a draft (0.1, 0.2, ...), major for a final (1.0 when the Atasan PPID establishes it).</li>
 *   <li>dkip:final records whether the current content is the final one; further properties of the type (the
 *       Berita Acara's number and quorum, the SK's number and date) are set from {@code properties}.</li>
 * </ul>
 * Runs as the calling user inside the caller's transaction (workflow delegate or web script).
 */
public class DocumentNodeWriter implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentNodeWriter.class);
    /** The version property Alfresco reads the version type from ({@code VersionBaseModel.PROP_VERSION_TYPE}). */
    static final String VERSION_TYPE = "versionType";

    private NodeService nodeService;
    private ContentService contentService;
    private VersionService versionService;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setVersionService(VersionService versionService) {
        this.versionService = versionService;
    }

    @Override
    public void afterPropertiesSet() {
        mandatory("nodeService", nodeService);
        mandatory("contentService", contentService);
        mandatory("versionService", versionService);
    }

    /** The content type a document of {@code kind} is stored as. */
    public static QName typeOf(DocumentKind kind) {
        return switch (kind) {
            case DKIP -> DkipModel.TYPE_DOKUMEN_DKIP;
            case BERITA_ACARA -> DkipModel.TYPE_BERITA_ACARA;
            case SURAT_KEPUTUSAN -> DkipModel.TYPE_SURAT_KEPUTUSAN;
            case UJI_KONSEKUENSI -> DkipModel.TYPE_LEMBAR_UJI_KONSEKUENSI;
        };
    }

    /**
     * Writes {@code document} into {@code folder} (creating or updating the node by its file name) and, when
     * {@code workflowPackage} is given, links it there (bpm:packageContains) unless it is already linked.
     *
     * @param properties    further properties of the document's type (may be empty)
     * @param finalVersion  true for the established (signed) document: a major version and dkip:final = true
     * @param versionNote   the version's description (e.g. "Rancangan setelah rapat 28 April 2021")
     * @return the document node
     */
    public NodeRef write(GeneratedDocument document, NodeRef folder, NodeRef workflowPackage,
                         Map<QName, Serializable> properties, boolean finalVersion, String versionNote) {
        QName type = typeOf(document.kind());
        QName assocName = QName.createQName(NamespaceService.CONTENT_MODEL_1_0_URI, document.fileName());
        NodeRef node = nodeService.getChildByName(folder, ContentModel.ASSOC_CONTAINS, document.fileName());
        Map<QName, Serializable> props = new HashMap<>(properties == null ? Map.of() : properties);
        props.put(DkipModel.PROP_FINAL, finalVersion);
        if (node == null) {
            props.put(ContentModel.PROP_NAME, document.fileName());
            node = nodeService.createNode(folder, ContentModel.ASSOC_CONTAINS, assocName, type, props).getChildRef();
            LOG.debug("Created {} {} in {}", type, document.fileName(), folder);
        } else {
            nodeService.addProperties(node, props);
        }
        if (!nodeService.hasAspect(node, ContentModel.ASPECT_VERSIONABLE)) {
            Map<QName, Serializable> versionable = new HashMap<>();
            // the writer decides when a version is made: one per generation, never one per property change
            versionable.put(ContentModel.PROP_INITIAL_VERSION, false);
            versionable.put(ContentModel.PROP_AUTO_VERSION, false);
            versionable.put(ContentModel.PROP_AUTO_VERSION_PROPS, false);
            nodeService.addAspect(node, ContentModel.ASPECT_VERSIONABLE, versionable);
        }
        ContentWriter writer = contentService.getWriter(node, ContentModel.PROP_CONTENT, true);
        writer.setMimetype(document.mimeType());
        writer.putContent(new ByteArrayInputStream(document.content()));

        Map<String, Serializable> versionProps = new HashMap<>();
        versionProps.put(VERSION_TYPE, finalVersion ? VersionType.MAJOR : VersionType.MINOR);
        if (versionNote != null && !versionNote.isBlank()) {
            versionProps.put(Version.PROP_DESCRIPTION, versionNote);
        }
        Version version = versionService.createVersion(node, versionProps);

        if (workflowPackage != null
                && nodeService.getChildAssocs(workflowPackage, WorkflowModel.ASSOC_PACKAGE_CONTAINS, assocName).isEmpty()) {
            nodeService.addChild(workflowPackage, node, WorkflowModel.ASSOC_PACKAGE_CONTAINS, assocName);
        }
        LOG.info("Wrote {} as {} version {}", document.fileName(), node,
                version == null ? "?" : version.getVersionLabel());
        return node;
    }

    static void mandatory(String name, Object value) {
        if (value == null) {
            throw new IllegalStateException("Property '" + name + "' of the DKIP documents bean is not set");
        }
    }
}
