package org.alfresco.service.cmr.action;

import java.io.Serializable;

/** Declaration of Alfresco's {@code ParameterizedItem} (alfresco-repository): the members the module uses. */
public interface ParameterizedItem {
    Serializable getParameterValue(String name);

    void setParameterValue(String name, Serializable value);
}
