package org.alfresco.repo.action.executer;

/** Declaration of Alfresco's {@code ActionExecuter} (alfresco-repository): the members the module uses. */
public interface ActionExecuter {
    String PARAM_RESULT = "result";
}
