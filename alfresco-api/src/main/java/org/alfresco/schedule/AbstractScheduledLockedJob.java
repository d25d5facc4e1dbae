package org.alfresco.schedule;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * Declaration of Alfresco 26.1's {@code AbstractScheduledLockedJob} (a Spring {@code QuartzJobBean} in Alfresco):
 * it takes the job lock named after the job (cluster-safe) and then calls {@link #executeJob}. Compile-only.
 */
public abstract class AbstractScheduledLockedJob {
    public abstract void executeJob(JobExecutionContext jobContext) throws JobExecutionException;
}
