package id.dkip.alfresco.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.activiti.engine.repository.ProcessDefinition;
import org.activiti.engine.runtime.ProcessInstance;
import org.alfresco.service.cmr.workflow.WorkflowDeployment;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.transaction.TransactionService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * The module's process reaches an installed system as a new version only when its BPMN changed, on the real
 * Activiti 5.23 engine (H2; one engine per repository start, on the same database). WorkflowService stands in for
 * Alfresco's: deployDefinition deploys as ActivitiWorkflowEngine.deployDefinition does (ACS 26.1: the stream under a
 * GUID resource name, the given deployment name).
 */
class ProcessDefinitionUpgradeTest {

    static final String MODULE_BPMN = "alfresco/module/dkip-platform/workflow/dkip-penyusunan.bpmn20.xml";
    static final String PROBE_V1 = "workflow-upgrade/probe-v1.bpmn20.xml";
    static final String PROBE_V2 = "workflow-upgrade/probe-v2.bpmn20.xml";

    final String jdbcUrl = "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    final AtomicReference<String> user = new AtomicReference<>("admin");
    final List<String> deployedAs = new ArrayList<>();
    final ApplicationContext repository = mock(ApplicationContext.class);
    ProcessEngine engine;
    boolean writable = true;

    @AfterEach
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }

    /** One start of the repository: a new engine on the database, then the module's bean on the context's refresh. */
    void startRepository(String location, String key) {
        stop();
        StandaloneProcessEngineConfiguration cfg = new StandaloneProcessEngineConfiguration();
        cfg.setJdbcUrl(jdbcUrl);
        cfg.setJdbcDriver("org.h2.Driver");
        cfg.setJdbcUsername("sa");
        cfg.setJdbcPassword("");
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        cfg.setJobExecutorActivate(false);
        cfg.setAsyncExecutorEnabled(false);
        cfg.setProcessEngineName("upgrade-" + UUID.randomUUID());
        engine = cfg.buildProcessEngine();
        ProcessDefinitionUpgrade upgrade = upgrade(location, key);
        upgrade.onApplicationEvent(new ContextRefreshedEvent(repository));
    }

    ProcessDefinitionUpgrade upgrade(String location, String key) {
        WorkflowService workflowService = mock(WorkflowService.class);
        when(workflowService.deployDefinition(eq("activiti"), any(InputStream.class), eq("text/xml"), anyString(), eq(true)))
                .thenAnswer(i -> {
                    deployedAs.add(user.get());
                    engine.getRepositoryService().createDeployment()
                            .addInputStream(UUID.randomUUID() + ".bpmn20.xml", i.<InputStream>getArgument(1))
                            .name(i.getArgument(3)).deploy();
                    return new WorkflowDeployment();
                });
        TransactionService transactionService = mock(TransactionService.class);
        when(transactionService.getAllowWrite()).thenAnswer(i -> writable);
        ProcessDefinitionUpgrade upgrade = new ProcessDefinitionUpgrade();
        upgrade.setRepositoryService(engine.getRepositoryService());
        upgrade.setWorkflowService(workflowService);
        upgrade.setTransactionService(transactionService);
        upgrade.setSystemWork(InPlaceSystemWork.switching(user::get, user::set));
        upgrade.setLocation(location);
        upgrade.setProcessKey(key);
        upgrade.setApplicationContext(repository);
        upgrade.afterPropertiesSet();
        return upgrade;
    }

    List<Integer> versions(String key) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
                .orderByProcessDefinitionVersion().asc().list().stream().map(ProcessDefinition::getVersion).toList();
    }

    @Test
    void plainRestartsOfTheModulesProcessAddNoVersion() {
        startRepository(MODULE_BPMN, "dkipPenyusunan");
        startRepository(MODULE_BPMN, "dkipPenyusunan");
        startRepository(MODULE_BPMN, "dkipPenyusunan");

        assertThat(versions("dkipPenyusunan")).containsExactly(1);
        assertThat(deployedAs).as("WorkflowService.deployDefinition needs an administrator: run as system").containsExactly("System");
        assertThat(user.get()).isEqualTo("admin");
    }

    @Test
    void whatAlfrescosDeployerDeployedFirstIsNotDeployedAgain() {
        startRepository(PROBE_V1, "dkipUpgradeProbe");
        engine.getRepositoryService().createDeployment().addClasspathResource(MODULE_BPMN).deploy(); // redeploy=false, first start
        startRepository(MODULE_BPMN, "dkipPenyusunan");

        assertThat(versions("dkipPenyusunan")).containsExactly(1);
    }

    @Test
    void aChangedBpmnIsDeployedOnceAndRunningInstancesKeepTheirVersion() {
        startRepository(PROBE_V1, "dkipUpgradeProbe");
        ProcessInstance running = engine.getRuntimeService().startProcessInstanceByKey("dkipUpgradeProbe");

        startRepository(PROBE_V2, "dkipUpgradeProbe"); // the module upgraded
        startRepository(PROBE_V2, "dkipUpgradeProbe"); // and restarted

        assertThat(versions("dkipUpgradeProbe")).containsExactly(1, 2);
        ProcessInstance stillRunning = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(running.getId()).singleResult();
        assertThat(engine.getRepositoryService().getProcessDefinition(stillRunning.getProcessDefinitionId()).getVersion()).isEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(running.getId()).singleResult().getName()).isEqualTo("Task v1");
        ProcessInstance next = engine.getRuntimeService().startProcessInstanceByKey("dkipUpgradeProbe");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(next.getId()).singleResult().getName()).isEqualTo("Task v2");
    }

    @Test
    void subsystemRefreshesAndAReadOnlyRepositoryDeployNothing() {
        startRepository(PROBE_V1, "dkipUpgradeProbe");
        ProcessDefinitionUpgrade upgrade = upgrade(PROBE_V2, "dkipUpgradeProbe");

        upgrade.onApplicationEvent(new ContextRefreshedEvent(mock(ApplicationContext.class))); // a subsystem's context
        writable = false;
        upgrade.onApplicationEvent(new ContextRefreshedEvent(repository));

        assertThat(versions("dkipUpgradeProbe")).containsExactly(1);
    }
}
