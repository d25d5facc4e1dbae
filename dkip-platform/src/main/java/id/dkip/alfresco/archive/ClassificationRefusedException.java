package id.dkip.alfresco.archive;

import id.dkip.core.legal.Finding;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.stream.Collectors;
import org.alfresco.error.AlfrescoRuntimeException;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * Thrown when a classification breaks the legal rules: carries every finding, so the officer sees all of them at
 * once. Thrown from a behaviour, it rolls the whole transaction back: nothing already stored changes.
 */
public class ClassificationRefusedException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;
    private final String nodeRef;

    public ClassificationRefusedException(NodeRef node, List<Finding> findings) {
        super(describe(node, findings));
        this.findings = List.copyOf(findings);
        this.nodeRef = String.valueOf(node);
    }

    public List<Finding> getFindings() {
        return findings;
    }

    public String getNodeRef() {
        return nodeRef;
    }

    private static String describe(NodeRef node, List<Finding> findings) {
        return "Klasifikasi informasi dikecualikan ditolak (" + node + "): "
                + findings.stream().map(ClassificationRefusedException::line).collect(Collectors.joining("; "));
    }

    /** "[CODE] message (field)": the message in Indonesian when the legal bundle knows the code. */
    static String line(Finding f) {
        String message;
        try {
            message = f.message(Locale.forLanguageTag("id"));
        } catch (MissingResourceException e) {
            message = String.join(", ", f.args());
        }
        return "[" + f.code() + "] " + message + (f.field() == null ? "" : " (" + f.field() + ")");
    }
}
