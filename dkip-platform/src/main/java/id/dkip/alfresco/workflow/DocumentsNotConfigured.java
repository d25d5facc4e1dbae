package id.dkip.alfresco.workflow;

import id.dkip.core.workflow.DocumentPort;
import id.dkip.core.workflow.DocumentRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The DocumentPort used until the documents feature defines bean {@code dkip.workflow.documents} with a port that
 * writes the generated DOCX/PDF into the workflow package: the process runs, records that no document was stored
 * (the document variables stay empty) and logs a warning naming the document.
 */
public class DocumentsNotConfigured implements DocumentPort {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentsNotConfigured.class);

    @Override
    public String produce(DocumentRequest request) {
        LOG.warn("DKIP run {}: no document generator configured; {} ({}) not stored", request.processInstanceId(),
                request.kind(), request.finalVersion() ? "final" : "draft");
        return null;
    }
}
