package org.alfresco.service.cmr.action;

/** Declaration of Alfresco 26.1's {@code ActionDefinition}: only the members the module uses (compile-only, never packaged). */
public interface ActionDefinition {
}
