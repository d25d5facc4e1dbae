package org.alfresco.service.cmr.action;

import java.util.Map;

/** Declaration of Alfresco 26.1's {@code ParameterConstraint}: only the members the module uses (compile-only, never packaged). */
public interface ParameterConstraint {
    String getName();
    boolean isValidValue(String value);
    String getValueDisplayLabel(String value);
    Map<String, String> getAllowableValues();
}
