package id.dkip.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import id.dkip.alfresco.wiring.standin.DictionaryBootstrapStandIn;
import id.dkip.alfresco.wiring.standin.WorkflowDeployerStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The module's whole Spring context ({@code module-context.xml} and every file it imports) instantiates in a
 * container where the Alfresco beans it refers to exist under their real names; see {@link ModuleContextLoader}
 * and, for the proof that mistakes fail this test, {@link WiringFailureTest}.
 */
class ModuleContextWiringTest {
    private static final String MODULE = "alfresco/module/dkip-platform/";
    private static GenericApplicationContext context;

    @BeforeAll
    static void loadModuleContext() {
        context = ModuleContextLoader.load(ModuleContextLoader.MODULE_CONTEXT);
    }

    @AfterAll
    static void close() {
        context.close();
    }

    @Test
    void everyModuleBeanFollowsTheNamingConvention() {
        List<String> own = Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> !AlfrescoBeans.load().containsKey(name))
                .toList();
        assertThat(own).isNotEmpty()
                .allSatisfy(name -> assertThat(name).matches("(dkip|webscript\\.id\\.dkip)\\.[A-Za-z0-9.\\-]+"));
    }

    @Test
    void modelsAndTheirLabelsAreRegisteredWithTheDictionary() {
        DictionaryBootstrapStandIn models = context.getBean("dkip.bootstrap.dictionaryModels", DictionaryBootstrapStandIn.class);
        assertThat(models.models()).containsExactly(
                MODULE + "model/dkipContentModel.xml",
                MODULE + "model/dkipWorkflowModel.xml");
        assertThat(models.labels()).containsExactly(
                MODULE + "messages/dkip-content-model",
                MODULE + "messages/dkip-workflow");
        assertThat(context.getBeanFactory().getBeanDefinition("dkip.bootstrap.dictionaryModels").getDependsOn())
                .containsExactly("dictionaryBootstrap");
    }

    @Test
    void theSopProcessIsDeployedOnceFromTheClasspath() {
        WorkflowDeployerStandIn deployer = context.getBean("dkip.bootstrap.workflowDeployer", WorkflowDeployerStandIn.class);
        assertThat(deployer.getWorkflowDefinitions()).hasSize(1);
        Properties definition = deployer.getWorkflowDefinitions().get(0);
        assertThat(definition.stringPropertyNames()).containsExactlyInAnyOrder("engineId", "location", "mimetype", "redeploy");
        assertThat(definition.getProperty("engineId")).isEqualTo("activiti");
        assertThat(definition.getProperty("location")).isEqualTo(MODULE + "workflow/dkip-penyusunan.bpmn20.xml");
        assertThat(definition.getProperty("mimetype")).isEqualTo("text/xml");
        assertThat(definition.getProperty("redeploy")).isEqualTo("false");
        assertThat(deployer.labels()).containsExactly(MODULE + "messages/dkip-workflow");
    }
}
