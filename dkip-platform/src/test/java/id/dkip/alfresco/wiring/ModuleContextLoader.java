package id.dkip.alfresco.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.mockito.Mockito;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Loads Spring XML of the module in a plain Spring container that stands in for the Alfresco repository:
 * every Alfresco bean listed in {@code wiring/alfresco-beans.properties} is registered under its real name
 * (a Mockito mock, or an abstract parent; parents that need Alfresco's property values are defined in
 * {@code wiring/alfresco-parents-context.xml}), {@code ${...}} placeholders resolve against the module's
 * {@code alfresco-global.properties} (plus {@code wiring/alfresco-global-defaults.properties} for Alfresco's own
 * keys) and must all resolve, bean definitions may not override each other, and every non-abstract bean is
 * instantiated - lazy or not, singleton or prototype - so a misspelt reference, a missing setter, a value of the
 * wrong type or a class that does not exist fails {@link #load}.
 */
public final class ModuleContextLoader {
    public static final String MODULE_CONTEXT = "alfresco/module/dkip-platform/module-context.xml";
    public static final String MODULE_PROPERTIES = "alfresco/module/dkip-platform/alfresco-global.properties";
    public static final String ALFRESCO_DEFAULTS = "wiring/alfresco-global-defaults.properties";
    /** Abstract Alfresco parent beans that need Alfresco's own property values (refs to the mocked beans). */
    public static final String ALFRESCO_PARENTS = "wiring/alfresco-parents-context.xml";

    private ModuleContextLoader() {
    }

    /** Loads and refreshes a context from classpath XML files; the caller closes it. */
    public static GenericApplicationContext load(String... classpathXml) {
        List<Resource> resources = new ArrayList<>();
        for (String xml : classpathXml) {
            resources.add(new ClassPathResource(xml));
        }
        return load(resources.toArray(Resource[]::new));
    }

    /** Loads and refreshes a context from XML resources; the caller closes it. */
    public static GenericApplicationContext load(Resource... xml) {
        return load(new Properties(), xml);
    }

    /**
     * As {@link #load(String...)}, with {@code overrides} taking precedence over the module's defaults, as an
     * administrator's alfresco-global.properties does.
     */
    public static GenericApplicationContext load(Properties overrides, String... classpathXml) {
        List<Resource> resources = new ArrayList<>();
        for (String xml : classpathXml) {
            resources.add(new ClassPathResource(xml));
        }
        return load(overrides, resources.toArray(Resource[]::new));
    }

    private static GenericApplicationContext load(Properties overrides, Resource... xml) {
        GenericApplicationContext context = new GenericApplicationContext();
        context.setAllowBeanDefinitionOverriding(false);
        DefaultListableBeanFactory factory = context.getDefaultListableBeanFactory();
        try {
            registerAlfrescoBeans(factory, AlfrescoBeans.load());

            PropertySourcesPlaceholderConfigurer placeholders = new PropertySourcesPlaceholderConfigurer();
            placeholders.setLocations(new ClassPathResource(MODULE_PROPERTIES), new ClassPathResource(ALFRESCO_DEFAULTS));
            placeholders.setIgnoreUnresolvablePlaceholders(false);
            placeholders.setIgnoreResourceNotFound(false);
            placeholders.setProperties(overrides);
            placeholders.setLocalOverride(true);
            context.addBeanFactoryPostProcessor(placeholders);

            XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
            reader.loadBeanDefinitions(new ClassPathResource(ALFRESCO_PARENTS));
            reader.loadBeanDefinitions(xml);

            // Instantiate everything now: lazy-init in the XML must not hide a wiring mistake.
            for (String name : factory.getBeanDefinitionNames()) {
                BeanDefinition definition = factory.getBeanDefinition(name);
                if (!definition.isAbstract()) {
                    definition.setLazyInit(false);
                }
            }
            context.refresh();
            for (String name : factory.getBeanDefinitionNames()) {
                if (!factory.getBeanDefinition(name).isAbstract()) {
                    context.getBean(name); // prototypes too
                }
            }
            return context;
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    static void registerAlfrescoBeans(DefaultListableBeanFactory factory, Map<String, AlfrescoBeans.Declaration> beans) {
        for (AlfrescoBeans.Declaration bean : beans.values()) {
            String className = bean.className();
            Class<?> type = null;
            if (className != null) {
                try {
                    type = Class.forName(className, false, ModuleContextLoader.class.getClassLoader());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(AlfrescoBeans.RESOURCE + ": class " + className + " of Alfresco bean '"
                            + bean.name() + "' is not on the test classpath (declare it in alfresco-api)", e);
                }
            }
            if (bean.isAbstract()) {
                GenericBeanDefinition parent = new GenericBeanDefinition();
                parent.setAbstract(true);
                if (type != null) {
                    parent.setBeanClass(type);
                }
                factory.registerBeanDefinition(bean.name(), parent);
            } else {
                factory.registerSingleton(bean.name(), Mockito.mock(type));
            }
        }
    }
}
