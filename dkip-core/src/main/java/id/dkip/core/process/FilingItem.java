package id.dkip.core.process;

/**
 * The filing state of one established entry: a filed document (its reference) or the stated reason why there is
 * none (e.g. the information exists only as a database).
 *
 * @param entryId        the established entry
 * @param documentRef    reference of the filed document (node reference, path), or null
 * @param reasonNoDocument why no document exists, or null
 */
public record FilingItem(String entryId, String documentRef, String reasonNoDocument) {

    public boolean complete() {
        return (documentRef != null && !documentRef.isBlank())
                || (reasonNoDocument != null && !reasonNoDocument.isBlank());
    }
}
