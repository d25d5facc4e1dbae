package org.alfresco.service.cmr.repository;

/** Declaration of Alfresco's {@code ContentAccessor} (alfresco-repository): the members the module uses. */
public interface ContentAccessor {
    long getSize();

    String getMimetype();
}
