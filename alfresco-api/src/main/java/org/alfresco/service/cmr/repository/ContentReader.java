package org.alfresco.service.cmr.repository;

import java.io.InputStream;

/** Declaration of Alfresco's {@code ContentReader} (alfresco-repository): the members the module uses. */
public interface ContentReader extends ContentAccessor {
    boolean exists();

    InputStream getContentInputStream() throws ContentIOException;
}
