package org.alfresco.service.cmr.version;

import java.io.Serializable;

/** Declaration of Alfresco 26.1's {@code Version}: only the members the module uses (compile-only, never packaged). */
public interface Version extends Serializable {
    /** In Alfresco: {@code VersionBaseModel.PROP_DESCRIPTION}, whose value is "description". */
    String PROP_DESCRIPTION = "description";
    String getVersionLabel();
    VersionType getVersionType();
}
