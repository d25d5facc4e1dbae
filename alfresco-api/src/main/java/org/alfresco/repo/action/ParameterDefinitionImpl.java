package org.alfresco.repo.action;

import java.io.Serializable;
import org.alfresco.service.cmr.action.ParameterDefinition;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code ParameterDefinitionImpl} (alfresco-repository): a value type tests construct. */
public class ParameterDefinitionImpl implements ParameterDefinition, Serializable {
    private static final long serialVersionUID = 1L;
    private final String name;
    private final QName type;
    private final boolean mandatory;
    private final String displayLabel;

    public ParameterDefinitionImpl(String name, QName type, boolean isMandatory, String displayLabel) {
        this.name = name;
        this.type = type;
        this.mandatory = isMandatory;
        this.displayLabel = displayLabel;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public QName getType() {
        return type;
    }

    @Override
    public boolean isMandatory() {
        return mandatory;
    }

    public String getDisplayLabel() {
        return displayLabel;
    }
}
