package org.alfresco.model;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code ContentModel}: the constants the module uses, in Alfresco's order. */
public interface ContentModel {

    QName PROP_USERNAME = QName.createQName("http://www.alfresco.org/model/content/1.0", "userName");

    QName PROP_AUTHORITY_NAME = QName.createQName("http://www.alfresco.org/model/content/1.0", "authorityName");
}
