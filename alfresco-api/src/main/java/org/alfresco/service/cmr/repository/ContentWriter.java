package org.alfresco.service.cmr.repository;

import java.io.InputStream;

/** Declaration of Alfresco 26.1's {@code ContentWriter}: only the members the module uses (compile-only, never packaged). */
public interface ContentWriter extends ContentAccessor {
    void putContent(InputStream arg0) throws ContentIOException;
}
