package org.alfresco.model;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code DataListModel} (alfresco-repository): the constants the module uses. */
public interface DataListModel {
    QName TYPE_DATALIST = QName.createQName("http://www.alfresco.org/model/datalist/1.0", "dataList");
    QName PROP_DATALIST_ITEM_TYPE = QName.createQName("http://www.alfresco.org/model/datalist/1.0", "dataListItemType");
}
