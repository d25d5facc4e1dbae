package org.alfresco.service.cmr.version;

import java.io.Serializable;
import java.util.Map;
import org.alfresco.service.cmr.repository.AspectMissingException;
import org.alfresco.service.cmr.repository.NodeRef;

/** Declaration of Alfresco 26.1's {@code VersionService}: only the members the module uses (compile-only, never packaged). */
public interface VersionService {
    Version createVersion(NodeRef arg0, Map<String,Serializable> arg1) throws ReservedVersionNameException, AspectMissingException;
}
