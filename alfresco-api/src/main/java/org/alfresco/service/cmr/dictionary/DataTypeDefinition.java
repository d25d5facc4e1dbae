package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.NamespaceService;
import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code DataTypeDefinition}: only the members the module uses (compile-only, never packaged). */
public interface DataTypeDefinition {
    QName TEXT = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "text");
    QName BOOLEAN = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "boolean");
    QName NODE_REF = QName.createQName(NamespaceService.DICTIONARY_MODEL_1_0_URI, "noderef");
}
