package org.alfresco.service.cmr.action;

import java.io.Serializable;

/** Declaration of Alfresco's {@code ParameterizedItem}: the members the module uses. */
public interface ParameterizedItem {

    void setParameterValue(String name, Serializable value);
}
