package org.alfresco.repo.policy;

/** Declaration of Alfresco 26.1's {@code JavaBehaviour}: a value type the module constructs (compile-only, never packaged). */
public class JavaBehaviour extends BaseBehaviour {
    private final Object instance;
    private final String method;

    public JavaBehaviour(Object instance, String method) {
        this(instance, method, NotificationFrequency.EVERY_EVENT);
    }

    public JavaBehaviour(Object instance, String method, NotificationFrequency frequency) {
        super(frequency);
        this.instance = instance;
        this.method = method;
    }

    @Override
    public String toString() {
        return "Java method[class=" + instance.getClass().getName() + ", method=" + method + "]";
    }
}
