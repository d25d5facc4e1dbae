package org.alfresco.service;

/** Declaration of Alfresco's {@code ServiceRegistry} (no members used: services are injected by name). */
public interface ServiceRegistry {
}
