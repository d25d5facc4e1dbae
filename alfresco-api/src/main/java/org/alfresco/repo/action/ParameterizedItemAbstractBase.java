package org.alfresco.repo.action;

import java.util.List;
import org.alfresco.service.cmr.action.ParameterDefinition;

/** Declaration of Alfresco 26.1's {@code ParameterizedItemAbstractBase}: only the members the module uses (compile-only, never packaged). */
public abstract class ParameterizedItemAbstractBase {
    public void setLocales(java.util.Set<java.util.Locale> arg0) {
    }

    protected abstract void addParameterDefinitions(List<ParameterDefinition> paramList);

    /** Alfresco reads the label from the action's message bundle; this declaration answers the parameter name. */
    protected String getParamDisplayLabel(String paramName) {
        return paramName;
    }
}
