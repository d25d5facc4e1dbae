package org.alfresco.repo.workflow.activiti;

import java.util.Map;
import org.activiti.engine.delegate.JavaDelegate;
import org.alfresco.service.ServiceRegistry;

/** Declaration of Alfresco's {@code BaseJavaDelegate}: the parent of Activiti delegates registered in activitiBeanRegistry. */
public abstract class BaseJavaDelegate implements JavaDelegate {

    protected ServiceRegistry getServiceRegistry() {
        throw new UnsupportedOperationException("declaration only");
    }

    public void setServiceRegistry(ServiceRegistry serviceRegistry) {
        throw new UnsupportedOperationException("declaration only");
    }

    public void setBeanRegistry(Map<Object, Object> beanRegistry) {
        throw new UnsupportedOperationException("declaration only");
    }

    protected String getName() {
        throw new UnsupportedOperationException("declaration only");
    }
}
