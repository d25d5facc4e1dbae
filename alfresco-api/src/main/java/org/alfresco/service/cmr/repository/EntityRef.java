package org.alfresco.service.cmr.repository;

import java.io.Serializable;

/** Declaration of Alfresco's {@code EntityRef} (alfresco-data-model). */
public interface EntityRef extends Serializable {
}
