package org.alfresco.service.cmr.action;

import java.io.Serializable;
import java.util.Map;

/** Declaration of Alfresco 26.1's {@code ParameterizedItem}: only the members the module uses (compile-only, never packaged). */
public interface ParameterizedItem {
    Map<String,Serializable> getParameterValues();
    Serializable getParameterValue(String arg0);
    void setParameterValue(String arg0, Serializable arg1);
}
