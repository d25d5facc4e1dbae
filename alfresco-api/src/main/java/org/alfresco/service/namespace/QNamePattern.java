package org.alfresco.service.namespace;

/** Declaration of Alfresco's {@code QNamePattern} (alfresco-data-model). */
public interface QNamePattern {
    boolean isMatch(QName qname);
}
