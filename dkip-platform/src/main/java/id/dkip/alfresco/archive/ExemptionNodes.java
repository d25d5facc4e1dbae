package id.dkip.alfresco.archive;

import id.dkip.core.register.DkipEntry;
import org.alfresco.service.cmr.repository.NodeRef;

/**
 * How the archive rules read and write the classification a node carries (aspect dkip:dikecualikan on a document,
 * or a dkip:itemDkip register row). Implemented over the model's node-to-entry mapping
 * ({@code dkip.model.entryMapper}); a port so the archive rules are tested without the mapping's details.
 */
public interface ExemptionNodes {

    /** The classification on the node, as a core entry (id = the node's id). */
    DkipEntry read(NodeRef node);

    /** Writes the entry's classification onto the node (adds dkip:dikecualikan when missing). */
    void write(NodeRef node, DkipEntry entry);
}
