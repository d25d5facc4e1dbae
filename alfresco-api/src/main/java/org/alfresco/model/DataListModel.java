package org.alfresco.model;

import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code DataListModel}: only the members the module uses (compile-only, never packaged). */
public interface DataListModel {
    String DATALIST_MODEL_1_0_URI = NamespaceService.DATALIST_MODEL_1_0_URI;
    QName TYPE_DATALIST = QName.createQName(DATALIST_MODEL_1_0_URI, "dataList");
    QName PROP_DATALIST_ITEM_TYPE = QName.createQName(DATALIST_MODEL_1_0_URI, "dataListItemType");
}
