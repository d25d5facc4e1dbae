package id.dkip.alfresco.extraction;

import id.dkip.core.extraction.ExtractionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.model.ContentModel;
import org.alfresco.service.cmr.repository.ContentReader;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.springframework.extensions.surf.util.I18NUtil;

/** What both extraction actions do with a node's content: open it, hand it to the core, translate refusals. */
final class ExtractionActions {
    private ExtractionActions() {
    }

    /** Work on the content of a node. */
    interface ContentWork<T> {
        T apply(InputStream in, String fileName);
    }

    /**
     * Runs {@code work} on the node's cm:content; returns null when the node has no content. A refused document
     * becomes an {@link AlfrescoRuntimeException} with the reason in the user's language, so the action (and the
     * transaction it runs in) fails before anything is written.
     */
    static <T> T withContent(NodeService nodeService, ContentService contentService, NodeRef nodeRef, ContentWork<T> work) {
        ContentReader reader = contentService.getReader(nodeRef, ContentModel.PROP_CONTENT);
        if (reader == null || !reader.exists()) {
            return null;
        }
        Serializable name = nodeService.getProperty(nodeRef, ContentModel.PROP_NAME);
        String fileName = name == null ? nodeRef.toString() : name.toString();
        try (InputStream in = reader.getContentInputStream()) {
            return work.apply(in, fileName);
        } catch (ExtractionException e) {
            throw new AlfrescoRuntimeException(e.message(I18NUtil.getLocale()), e);
        } catch (IOException e) {
            throw new AlfrescoRuntimeException("Cannot read the content of " + fileName, e);
        }
    }
}
