package org.alfresco.service.cmr.action;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code ParameterDefinition}: only the members the module uses (compile-only, never packaged). */
public interface ParameterDefinition {
    String getName();
    QName getType();
    boolean isMultiValued();
    boolean isMandatory();
    String getDisplayLabel();
    String getParameterConstraintName();
}
