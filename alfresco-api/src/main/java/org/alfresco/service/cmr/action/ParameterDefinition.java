package org.alfresco.service.cmr.action;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code ParameterDefinition} (alfresco-repository): the members the module uses. */
public interface ParameterDefinition {
    String getName();

    QName getType();

    boolean isMandatory();
}
