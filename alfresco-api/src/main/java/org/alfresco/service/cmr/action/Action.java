package org.alfresco.service.cmr.action;

/** Declaration of Alfresco's {@code Action} (alfresco-repository): the module uses only its parameters. */
public interface Action extends ParameterizedItem {
}
