package org.alfresco.model;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code ContentModel} (alfresco-repository): the constants the module uses. */
public interface ContentModel {
    QName PROP_NAME = QName.createQName("http://www.alfresco.org/model/content/1.0", "name");
    QName PROP_CONTENT = QName.createQName("http://www.alfresco.org/model/content/1.0", "content");
    QName ASSOC_CONTAINS = QName.createQName("http://www.alfresco.org/model/content/1.0", "contains");
}
