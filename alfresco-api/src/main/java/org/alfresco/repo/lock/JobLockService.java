package org.alfresco.repo.lock;

/**
 * Declaration of Alfresco 26.1's {@code JobLockService}: the module hands it to {@code AbstractScheduledLockedJob}
 * through the job data and calls none of its members itself (compile-only, never packaged).
 */
public interface JobLockService {
}
