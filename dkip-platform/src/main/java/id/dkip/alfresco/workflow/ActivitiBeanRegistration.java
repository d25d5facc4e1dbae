package id.dkip.alfresco.workflow;

import java.util.Map;
import org.springframework.beans.factory.InitializingBean;

/**
 * Base of the module's task listeners, execution listeners and expression beans: Alfresco has no parent bean for
 * them (only baseJavaDelegate for JavaDelegates), so this enters the bean into activitiBeanRegistry under its simple
 * class name, as baseJavaDelegate does, for {@code delegateExpression="${Name}"} and {@code expression="${Name.method(...)}"}.
 */
public abstract class ActivitiBeanRegistration implements InitializingBean {

    private Map<Object, Object> beanRegistry;

    public void setBeanRegistry(Map<Object, Object> beanRegistry) {
        this.beanRegistry = beanRegistry;
    }

    /** The name the BPMN uses. */
    protected String getName() {
        return getClass().getSimpleName();
    }

    /** Checks the subclass's collaborators; throw IllegalStateException naming what is missing. */
    protected abstract void checkProperties();

    @Override
    public void afterPropertiesSet() {
        if (beanRegistry == null) {
            throw new IllegalStateException(getName() + ": beanRegistry (activitiBeanRegistry) is required");
        }
        checkProperties();
        beanRegistry.put(getName(), this);
    }

    static <T> T mandatory(String owner, String property, T value) {
        if (value == null) {
            throw new IllegalStateException(owner + ": property '" + property + "' is required");
        }
        return value;
    }
}
