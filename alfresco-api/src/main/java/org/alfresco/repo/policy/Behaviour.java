package org.alfresco.repo.policy;

/** Declaration of Alfresco 26.1's {@code Behaviour}: only the members the module uses (compile-only, never packaged). */
public interface Behaviour {
    NotificationFrequency getNotificationFrequency();

    /** Declaration of {@code Behaviour.NotificationFrequency}. */
    enum NotificationFrequency {
        EVERY_EVENT, FIRST_EVENT, TRANSACTION_COMMIT
    }
}
