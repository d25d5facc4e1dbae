package id.dkip.alfresco.archive;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Job;

class ExemptionExpiryJobTest {

    final JobExecutionContext context = mock(JobExecutionContext.class);
    final JobDetail detail = mock(JobDetail.class);
    final JobDataMap data = new JobDataMap();

    ExemptionExpiryJobTest() {
        when(context.getJobDetail()).thenReturn(detail);
        when(detail.getJobDataMap()).thenReturn(data);
    }

    @Test
    void isAQuartzJobThatRunsTheProcessorFromItsJobData() throws Exception {
        ExemptionExpiryProcessor processor = mock(ExemptionExpiryProcessor.class);
        data.put(ExemptionExpiryJob.PROCESSOR, processor);

        new ExemptionExpiryJob().executeJob(context);

        verify(processor).runAsSystem();
        org.assertj.core.api.Assertions.assertThat(Job.class).isAssignableFrom(ExemptionExpiryJob.class);
    }

    @Test
    void aMissingProcessorIsAClearJobError() {
        assertThatThrownBy(() -> new ExemptionExpiryJob().executeJob(context))
                .isInstanceOf(JobExecutionException.class).hasMessageContaining("processor");
    }

    @Test
    void aFailingRunIsReportedToQuartz() {
        ExemptionExpiryProcessor processor = mock(ExemptionExpiryProcessor.class);
        when(processor.runAsSystem()).thenThrow(new IllegalStateException("Review workflow x is not deployed"));
        data.put(ExemptionExpiryJob.PROCESSOR, processor);
        assertThatThrownBy(() -> new ExemptionExpiryJob().executeJob(context))
                .isInstanceOf(JobExecutionException.class).hasMessageContaining("not deployed");
    }
}
