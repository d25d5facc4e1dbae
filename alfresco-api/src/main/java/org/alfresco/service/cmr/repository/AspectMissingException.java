package org.alfresco.service.cmr.repository;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code AspectMissingException}: only the members the module uses (compile-only, never packaged). */
public class AspectMissingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AspectMissingException(QName missingAspect, NodeRef nodeRef) {
        super("Aspect " + missingAspect + " missing on " + nodeRef);
    }
}
