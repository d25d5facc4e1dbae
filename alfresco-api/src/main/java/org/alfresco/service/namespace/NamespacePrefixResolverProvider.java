package org.alfresco.service.namespace;

import java.io.Serializable;

/** Declaration of Alfresco's {@code NamespacePrefixResolverProvider} (no members used). */
public interface NamespacePrefixResolverProvider extends Serializable {
}
