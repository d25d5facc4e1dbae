package id.dkip.alfresco.archive;

import org.alfresco.error.AlfrescoRuntimeException;

/**
 * A register row whose unit the system cannot determine or does not know. Thrown from a behaviour before commit,
 * it rolls the transaction back: the row is not stored and the form shows the message.
 */
public class UnitRefusedException extends AlfrescoRuntimeException {
    private static final long serialVersionUID = 1L;

    public UnitRefusedException(String message) {
        super(message);
    }
}
