package org.alfresco.service.cmr.action;

/** Declaration of Alfresco's {@code Action} (members used through ParameterizedItem). */
public interface Action extends ParameterizedItem {
}
