package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco's {@code DataTypeDefinition} (alfresco-data-model): the constants the module uses. */
public interface DataTypeDefinition {
    QName TEXT = QName.createQName("http://www.alfresco.org/model/dictionary/1.0", "text");
    QName NODE_REF = QName.createQName("http://www.alfresco.org/model/dictionary/1.0", "noderef");
}
