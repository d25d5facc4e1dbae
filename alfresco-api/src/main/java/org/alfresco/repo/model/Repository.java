package org.alfresco.repo.model;

import org.alfresco.service.cmr.repository.NodeRef;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/** Declaration of Alfresco 26.1's {@code Repository} (bean repositoryHelper): only the members the module uses (compile-only, never packaged). */
public class Repository implements ApplicationContextAware {
    public void setApplicationContext(ApplicationContext arg0) throws BeansException {
        throw new UnsupportedOperationException();
    }

    public NodeRef getCompanyHome() {
        throw new UnsupportedOperationException();
    }

    public NodeRef getPerson() {
        throw new UnsupportedOperationException();
    }
}
