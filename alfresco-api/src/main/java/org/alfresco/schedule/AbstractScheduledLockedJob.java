package org.alfresco.schedule;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Declaration of Alfresco 26.1's {@code AbstractScheduledLockedJob}: in Alfresco, {@code executeInternal} takes
 * the cluster-wide lock named after the job through the JobLockService found in the job data
 * ({@code jobLockService}) and then calls {@link #executeJob}. Compile-only, never packaged.
 */
public abstract class AbstractScheduledLockedJob extends QuartzJobBean {

    @Override
    protected void executeInternal(JobExecutionContext jobContext) throws JobExecutionException {
        throw new UnsupportedOperationException();
    }

    public abstract void executeJob(JobExecutionContext jobContext) throws JobExecutionException;
}
