package org.alfresco.repo.policy;

/** Declaration of Alfresco 26.1's {@code BaseBehaviour}: keeps the notification frequency (compile-only, never packaged). */
public abstract class BaseBehaviour implements Behaviour {
    private Behaviour.NotificationFrequency notificationFrequency;

    public BaseBehaviour(Behaviour.NotificationFrequency frequency) {
        this.notificationFrequency = frequency;
    }

    public Behaviour.NotificationFrequency getNotificationFrequency() {
        return notificationFrequency;
    }
}
