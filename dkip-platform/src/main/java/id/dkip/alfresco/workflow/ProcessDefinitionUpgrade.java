package id.dkip.alfresco.workflow;

import id.dkip.alfresco.archive.SystemWork;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.activiti.engine.RepositoryService;
import org.activiti.engine.repository.ProcessDefinition;
import org.alfresco.service.cmr.workflow.WorkflowService;
import org.alfresco.service.transaction.TransactionService;
import org.alfresco.util.PropertyCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.io.ClassPathResource;

/**
 * Deploys the module's BPMN as a new process version only when it differs from the latest deployed version of its
 * process key: after an upgrade of the module, never on a plain restart. Alfresco's WorkflowDeployer cannot do
 * this: with {@code redeploy=false} it deploys only when no version of the key exists (isDefinitionDeployed checks
 * the key), with {@code true} at every start, without comparing (ACS 26.1). So the module's deployer keeps
 * {@code redeploy=false} (the first installation) and this bean, at the repository's start, compares the packaged
 * bytes with the latest deployed resource (Activiti stores the deployed stream as it was given) and deploys through
 * {@link WorkflowService} as the deployer would. The order of the two does not matter: each deploys only what the
 * other has not. Running instances keep their version; new runs use the newest.
 */
public class ProcessDefinitionUpgrade implements ApplicationListener<ContextRefreshedEvent>, ApplicationContextAware, InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessDefinitionUpgrade.class);
    static final String ENGINE_ID = "activiti";

    private RepositoryService repositoryService;
    private WorkflowService workflowService;
    private TransactionService transactionService;
    private SystemWork systemWork;
    private String location;
    private String processKey;
    private String mimetype = "text/xml";
    private ApplicationContext applicationContext;

    public void setRepositoryService(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    public void setWorkflowService(WorkflowService workflowService) {
        this.workflowService = workflowService;
    }

    public void setTransactionService(TransactionService transactionService) {
        this.transactionService = transactionService;
    }

    public void setSystemWork(SystemWork systemWork) {
        this.systemWork = systemWork;
    }

    /** The BPMN on the classpath, as the deployer's {@code location}. */
    public void setLocation(String location) {
        this.location = location;
    }

    /** The process id in that BPMN (Activiti's process definition key). */
    public void setProcessKey(String processKey) {
        this.processKey = processKey;
    }

    public void setMimetype(String mimetype) {
        this.mimetype = mimetype;
    }

    @Override
    public void setApplicationContext(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public void afterPropertiesSet() {
        PropertyCheck.mandatory(this, "repositoryService", repositoryService);
        PropertyCheck.mandatory(this, "workflowService", workflowService);
        PropertyCheck.mandatory(this, "transactionService", transactionService);
        PropertyCheck.mandatory(this, "systemWork", systemWork);
        PropertyCheck.mandatory(this, "location", location);
        PropertyCheck.mandatory(this, "processKey", processKey);
    }

    /** The repository's own start only: subsystems' child contexts publish their refresh to this context too. */
    @Override
    public void onApplicationEvent(ContextRefreshedEvent event) {
        if (event.getApplicationContext() != applicationContext) {
            return;
        }
        if (!transactionService.getAllowWrite()) {
            LOG.warn("Repository is read-only: process {} not compared with {} nor deployed", processKey, location);
            return;
        }
        systemWork.run(this::deployIfChanged);
    }

    /** @return true when a new version was deployed */
    boolean deployIfChanged() {
        byte[] packaged = read(location);
        ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult();
        if (latest != null && Arrays.equals(packaged, deployed(latest))) {
            LOG.debug("Process {} version {} is the packaged {}: nothing to deploy", processKey, latest.getVersion(), location);
            return false;
        }
        workflowService.deployDefinition(ENGINE_ID, new ByteArrayInputStream(packaged), mimetype, new ClassPathResource(location).getFilename(), true);
        LOG.info("Process {}: {} differs from the latest deployed version ({}): deployed as a new version; running "
                + "instances keep theirs", processKey, location, latest == null ? "none" : latest.getVersion());
        return true;
    }

    private byte[] deployed(ProcessDefinition definition) {
        try (InputStream in = repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the deployed resource of " + definition.getId(), e);
        }
    }

    private static byte[] read(String location) {
        try (InputStream in = new ClassPathResource(location).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The process definition " + location + " is not on the classpath", e);
        }
    }
}
