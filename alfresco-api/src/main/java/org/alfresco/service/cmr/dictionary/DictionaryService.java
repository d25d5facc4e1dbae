package org.alfresco.service.cmr.dictionary;

import org.alfresco.service.namespace.QName;

/** Declaration of Alfresco 26.1's {@code DictionaryService}: only the members the module uses (compile-only, never packaged). */
public interface DictionaryService {
    java.util.Collection<QName> getAllModels();
    boolean isSubClass(QName className, QName ofClassName);
}
