package org.alfresco.repo.action;

import java.util.List;
import org.alfresco.service.cmr.action.ParameterDefinition;

/** Declaration of Alfresco's {@code ParameterizedItemAbstractBase} (alfresco-repository): the members the module uses.
 * (Its parent CommonResourceAbstractBase is not part of the reference API and is left out.) */
public abstract class ParameterizedItemAbstractBase {

    protected abstract void addParameterDefinitions(List<ParameterDefinition> paramList);

    /** In Alfresco: the label from the action's message bundle; here the key, so tests can see which one. */
    protected String getParamDisplayLabel(String paramName) {
        return paramName;
    }
}
