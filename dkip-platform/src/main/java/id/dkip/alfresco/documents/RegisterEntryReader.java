package id.dkip.alfresco.documents;

import id.dkip.core.register.DkipEntry;
import org.alfresco.service.cmr.repository.NodeRef;

/** Reads a DKIP register row (a dkip:itemDkip data-list item) as a core entry. */
@FunctionalInterface
public interface RegisterEntryReader {
    DkipEntry read(NodeRef item);
}
