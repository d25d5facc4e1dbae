package id.dkip.alfresco.archive;

import org.alfresco.schedule.AbstractScheduledLockedJob;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The scheduled expiry job (cron {@code dkip.archive.expiry.cron}). Alfresco's locked-job pattern: the base
 * class takes the cluster-wide job lock through the JobLockService (job data {@code jobLockService}) so only one
 * node of a cluster runs it; the work is done by {@link ExemptionExpiryProcessor} (job data {@code processor}).
 */
public class ExemptionExpiryJob extends AbstractScheduledLockedJob {

    public static final String PROCESSOR = "processor";

    @Override
    public void executeJob(JobExecutionContext context) throws JobExecutionException {
        Object processor = context.getJobDetail().getJobDataMap().get(PROCESSOR);
        if (!(processor instanceof ExemptionExpiryProcessor expiry)) {
            throw new JobExecutionException("Job data '" + PROCESSOR + "' must be the ExemptionExpiryProcessor bean");
        }
        try {
            expiry.runAsSystem();
        } catch (RuntimeException e) {
            throw new JobExecutionException("DKIP expiry run failed: " + e.getMessage(), e, false);
        }
    }
}
