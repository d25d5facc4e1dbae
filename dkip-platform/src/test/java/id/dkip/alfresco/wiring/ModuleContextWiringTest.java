package id.dkip.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import id.dkip.alfresco.archive.ArchiveFiling;
import id.dkip.alfresco.archive.ExemptionExpiryProcessor;
import id.dkip.alfresco.model.EntryNodeMapper;
import id.dkip.alfresco.wiring.standin.DictionaryBootstrapStandIn;
import id.dkip.alfresco.wiring.standin.WorkflowDeployerStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import id.dkip.alfresco.workflow.ProcessDefinitionUpgrade;
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
                // dkip.<feature>.<bean>; Java-backed web scripts; action executers, whose bean id IS the action name
                // Alfresco registers (agreed names dkip-arsipkan, dkip-pindai-data-pribadi, dkip-impor-matriks, ...)
                .allSatisfy(name -> assertThat(name).matches("(dkip|webscript\\.id\\.dkip)\\.[A-Za-z0-9.\\-]+|dkip-[a-z]+(-[a-z]+)*"));
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
    void theSopProcessIsDeployedOnceByTheDeployerAndUpgradedOnlyWhenItChanges() {
        WorkflowDeployerStandIn deployer = context.getBean("dkip.bootstrap.workflowDeployer", WorkflowDeployerStandIn.class);
        assertThat(deployer.getWorkflowDefinitions()).hasSize(1);
        Properties definition = deployer.getWorkflowDefinitions().get(0);
        assertThat(definition.stringPropertyNames()).containsExactlyInAnyOrder("engineId", "location", "mimetype", "redeploy");
        assertThat(definition.getProperty("engineId")).isEqualTo("activiti");
        assertThat(definition.getProperty("location")).isEqualTo(MODULE + "workflow/dkip-penyusunan.bpmn20.xml");
        assertThat(definition.getProperty("mimetype")).isEqualTo("text/xml");
        // redeploy=true would add a version at every start (WorkflowDeployer, ACS 26.1, compares nothing); false deploys
        // only the first time, and dkip.workflow.processDefinitionUpgrade deploys a changed BPMN of the same file
        assertThat(definition.getProperty("redeploy")).isEqualTo("false");
        assertThat(context.getBean("dkip.workflow.processDefinitionUpgrade")).isInstanceOf(ProcessDefinitionUpgrade.class);
        org.springframework.beans.MutablePropertyValues upgrade = context.getBeanFactory()
                .getBeanDefinition("dkip.workflow.processDefinitionUpgrade").getPropertyValues();
        assertThat(((org.springframework.beans.factory.config.TypedStringValue) upgrade.get("location")).getValue())
                .isEqualTo(definition.getProperty("location"));
        assertThat(((org.springframework.beans.factory.config.TypedStringValue) upgrade.get("processKey")).getValue())
                .isEqualTo("dkipPenyusunan");
        assertThat(deployer.labels()).containsExactly(MODULE + "messages/dkip-workflow");
    }

    @Test
    void theAgencyTimeZoneIsOneSettingDefaultWib() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ModuleContextLoader.MODULE_PROPERTIES)) {
            defaults.load(in);
        }
        assertThat(defaults.getProperty("dkip.timeZone")).isEqualTo("Asia/Jakarta");
        assertThat(defaults.stringPropertyNames()).filteredOn(k -> k.toLowerCase().endsWith("zone"))
                .containsExactly("dkip.timeZone");
        assertThat(zones(context)).containsOnly(ZoneId.of("Asia/Jakarta"));
    }

    @Test
    void theModelTheWorkflowAndTheArchiveAllFollowDkipTimeZone() {
        Properties admin = new Properties();
        admin.setProperty("dkip.timeZone", "Asia/Jayapura");
        try (GenericApplicationContext wit = ModuleContextLoader.load(admin, ModuleContextLoader.MODULE_CONTEXT)) {
            assertThat(zones(wit)).containsOnly(ZoneId.of("Asia/Jayapura"));
        }
    }

    /** The zone of every bean that keeps dates: mapper, workflow schedule, archive clock, filing, expiry. */
    private static List<ZoneId> zones(GenericApplicationContext ctx) {
        return List.of(
                ctx.getBean("dkip.model.entryMapper", EntryNodeMapper.class).getZone(),
                ctx.getBean("dkip.workflow.zone", ZoneId.class),
                ctx.getBean("dkip.archive.clock", Clock.class).getZone(),
                zoneField(ctx.getBean("dkip.archive.filing", ArchiveFiling.class)),
                zoneField(ctx.getBean("dkip.archive.expiryProcessor", ExemptionExpiryProcessor.class)));
    }

    private static ZoneId zoneField(Object bean) {
        try {
            Field f = bean.getClass().getDeclaredField("zone");
            f.setAccessible(true);
            return (ZoneId) f.get(bean);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
