package id.dkip.core.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the document requests of the process in memory and answers references {@code mem:<kind>-<n>} (tests,
 * benchmark). The CLI simulation plugs in a DocumentPort that writes real DOCX/PDF files.
 */
public class InMemoryDocuments implements DocumentPort {

    private final List<DocumentRequest> produced = new ArrayList<>();

    @Override
    public synchronized String produce(DocumentRequest request) {
        produced.add(request);
        return "mem:" + request.kind().name().toLowerCase(java.util.Locale.ROOT)
                + (request.finalVersion() ? "-final-" : "-draft-") + produced.size();
    }

    public synchronized List<DocumentRequest> produced() {
        return List.copyOf(produced);
    }
}
