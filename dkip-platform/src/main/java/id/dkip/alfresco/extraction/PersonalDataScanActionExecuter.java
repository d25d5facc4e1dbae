package id.dkip.alfresco.extraction;

import id.dkip.alfresco.model.DkipModel;
import id.dkip.core.extraction.PersonalDataFinding;
import id.dkip.core.extraction.PersonalDataKind;
import id.dkip.core.extraction.PersonalDataScanner;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alfresco.repo.action.executer.ActionExecuterAbstractBase;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.cmr.repository.ContentService;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.NodeService;
import org.alfresco.service.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Action {@code dkip-pindai-data-pribadi}: scans a document's text for personal data (NIK, KK, NPWP, BPJS, phone,
 * e-mail, bank account, health data of an identified person) and stores the suggestions on the node in aspect
 * {@code dkip:saranPemindaian}: the suggested Pasal 17 grounds, one masked line per finding, the time, a summary.
 * Suggestions only: it never classifies the document. A refused document (encrypted, too large, zip bomb...) fails
 * the action with a message and stores nothing; run it in the background from a folder rule so such a failure does
 * not reject the upload.
 */
public class PersonalDataScanActionExecuter extends ActionExecuterAbstractBase implements InitializingBean {
    public static final String NAME = "dkip-pindai-data-pribadi";
    private static final Logger LOG = LoggerFactory.getLogger(PersonalDataScanActionExecuter.class);
    private static final Locale STORED = Locale.forLanguageTag("id");

    private NodeService nodeService;
    private ContentService contentService;
    private PersonalDataScanner scanner;
    private boolean enabled = true;
    private int maxStoredFindings = 200;

    public void setNodeService(NodeService nodeService) {
        this.nodeService = nodeService;
    }

    public void setContentService(ContentService contentService) {
        this.contentService = contentService;
    }

    public void setScanner(PersonalDataScanner scanner) {
        this.scanner = scanner;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** Most finding lines stored on one node (the count in the summary is always complete). */
    public void setMaxStoredFindings(int maxStoredFindings) {
        if (maxStoredFindings < 1) {
            throw new IllegalArgumentException("dkip.extraction.scan.maxStoredFindings must be at least 1: " + maxStoredFindings);
        }
        this.maxStoredFindings = maxStoredFindings;
    }

    @Override
    public void afterPropertiesSet() {
        require(nodeService, "nodeService (NodeService)");
        require(contentService, "contentService (ContentService)");
        require(scanner, "scanner (dkip.extraction.scanner)");
    }

    private static void require(Object o, String what) {
        if (o == null) {
            throw new IllegalStateException(NAME + ": property " + what + " is required");
        }
    }

    @Override
    protected void addParameterDefinitions(List<ParameterDefinition> paramList) {
        // no parameters: the action works on the node it is run on
    }

    @Override
    protected void executeImpl(Action action, NodeRef actionedUponNodeRef) {
        if (!enabled) {
            LOG.debug("{} is disabled (dkip.extraction.enabled=false); {} not scanned", NAME, actionedUponNodeRef);
            return;
        }
        if (!nodeService.exists(actionedUponNodeRef)) {
            return;
        }
        PersonalDataScanner.ScanReport report = ExtractionActions.withContent(nodeService, contentService,
                actionedUponNodeRef, scanner::scan);
        if (report == null) {
            LOG.debug("{} has no content to scan", actionedUponNodeRef);
            return;
        }
        Map<QName, Serializable> props = new HashMap<>();
        props.put(DkipModel.PROP_SARAN_PASAL17, new ArrayList<>(report.suggestedGrounds()));
        ArrayList<String> lines = new ArrayList<>();
        for (PersonalDataFinding f : report.findings()) {
            if (lines.size() >= maxStoredFindings) {
                break;
            }
            lines.add(f.summary(STORED));
        }
        props.put(DkipModel.PROP_TEMUAN_DATA_PRIBADI, lines);
        props.put(DkipModel.PROP_TANGGAL_PINDAI, new Date());
        String summary = summary(report.findings());
        props.put(DkipModel.PROP_RINGKASAN_PINDAI, summary);
        if (nodeService.hasAspect(actionedUponNodeRef, DkipModel.ASPECT_SARAN_PEMINDAIAN)) {
            nodeService.addProperties(actionedUponNodeRef, props);
        } else {
            nodeService.addAspect(actionedUponNodeRef, DkipModel.ASPECT_SARAN_PEMINDAIAN, props);
        }
        action.setParameterValue(PARAM_RESULT, summary);
        LOG.debug("Scanned {} ({}): {}", report.fileName(), actionedUponNodeRef, summary);
    }

    /** "3 temuan: NIK 2, Data kesehatan 1 (saran: 17h, 17h2)" or "Tidak ada temuan data pribadi". */
    static String summary(List<PersonalDataFinding> findings) {
        if (findings.isEmpty()) {
            return "Tidak ada temuan data pribadi";
        }
        Map<PersonalDataKind, Integer> counts = new EnumMap<>(PersonalDataKind.class);
        findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        StringBuilder sb = new StringBuilder().append(findings.size()).append(" temuan: ");
        counts.forEach((k, n) -> sb.append(k.name()).append(' ').append(n).append(", "));
        sb.setLength(sb.length() - 2);
        return sb.toString();
    }
}
