package org.alfresco.repo.action.executer;

/** Declaration of Alfresco's {@code LoggingAwareExecuter} (alfresco-repository); the module uses none of its members. */
public interface LoggingAwareExecuter {
}
