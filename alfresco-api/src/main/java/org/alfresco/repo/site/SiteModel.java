package org.alfresco.repo.site;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code SiteModel} (alfresco-repository): the constants the module uses. */
public interface SiteModel {
    QName TYPE_SITE = QName.createQName("http://www.alfresco.org/model/site/1.0", "site");
}
