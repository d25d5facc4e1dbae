package org.alfresco.service.cmr.version;

/** Declaration of Alfresco 26.1's {@code ReservedVersionNameException}: only the members the module uses (compile-only, never packaged). */
public class ReservedVersionNameException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReservedVersionNameException(String propertyName) {
        super(propertyName);
    }
}
