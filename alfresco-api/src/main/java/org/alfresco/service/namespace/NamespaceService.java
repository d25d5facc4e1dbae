package org.alfresco.service.namespace;

/** Declaration of Alfresco 26.1's {@code NamespaceService}: only the members the module uses (compile-only, never packaged). */
public interface NamespaceService {
    String ALFRESCO_URI = "http://www.alfresco.org";
    String DICTIONARY_MODEL_1_0_URI = "http://www.alfresco.org/model/dictionary/1.0";
    String CONTENT_MODEL_1_0_URI = "http://www.alfresco.org/model/content/1.0";
    String DATALIST_MODEL_1_0_URI = "http://www.alfresco.org/model/datalist/1.0";
    String BPM_MODEL_1_0_URI = "http://www.alfresco.org/model/bpm/1.0";
}
