package org.alfresco.model;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code QuickShareModel}: only the members the module uses (compile-only, never packaged). */
public interface QuickShareModel {
    String QSHARE_MODEL_1_0_URI = "http://www.alfresco.org/model/qshare/1.0";
    QName ASPECT_QSHARE = QName.createQName(QSHARE_MODEL_1_0_URI, "shared");
    QName PROP_QSHARE_SHAREDID = QName.createQName(QSHARE_MODEL_1_0_URI, "sharedId");
}
