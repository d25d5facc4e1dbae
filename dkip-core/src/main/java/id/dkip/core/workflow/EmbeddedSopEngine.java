package id.dkip.core.workflow;

import java.util.Map;
import java.util.Objects;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * The SOP process on an Activiti engine outside Alfresco (tests, benchmark, {@code dkip simulate}): a standalone
 * engine on a JDBC database (H2 for the simulation), the beans of {@link DkipWorkflowBeans} and the same BPMN file
 * Alfresco deploys ({@link DkipVariables#BPMN_RESOURCE}), deployed once per database (kept across restarts).
 * The job executor is off unless asked for: timers then run when the caller executes the due jobs.
 */
public final class EmbeddedSopEngine implements AutoCloseable {

    private final ProcessEngine engine;

    private EmbeddedSopEngine(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Open (or create) the engine on {@code jdbcUrl}, e.g. {@code jdbc:h2:mem:dkip;DB_CLOSE_DELAY=-1} or
     * {@code jdbc:h2:file:/tmp/dkip/engine}; the driver class must be on the classpath.
     */
    public static EmbeddedSopEngine open(String jdbcUrl, String jdbcDriver, Map<Object, Object> beans, boolean jobExecutor) {
        Objects.requireNonNull(beans, "beans");
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setJdbcDriver(jdbcDriver);
        cfg.setJdbcUsername("sa");
        cfg.setJdbcPassword("");
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setJobExecutorActivate(jobExecutor);
        cfg.setAsyncExecutorEnabled(false);
        cfg.setHistory("full");
        cfg.setBeans(beans);
        // Tasks get Alfresco's model defaults task-locally before the process's listeners run, as in Alfresco.
        cfg.setPostBpmnParseHandlers(java.util.List.of(AlfrescoTaskBehaviour.parseHandler()));
        cfg.setProcessEngineName("dkip-" + Integer.toHexString(System.identityHashCode(cfg)));
        ProcessEngine engine = cfg.buildProcessEngine();
        if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(DkipVariables.PROCESS_KEY)
                .count() == 0) {
            engine.getRepositoryService().createDeployment().name("dkip-penyusunan")
                    .addClasspathResource(DkipVariables.BPMN_RESOURCE).deploy();
        }
        return new EmbeddedSopEngine(engine);
    }

    /** An H2 engine (driver org.h2.Driver). */
    public static EmbeddedSopEngine h2(String jdbcUrl, Map<Object, Object> beans) {
        return open(jdbcUrl, "org.h2.Driver", beans, false);
    }

    public ProcessEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
