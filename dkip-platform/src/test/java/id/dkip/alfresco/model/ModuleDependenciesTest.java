package id.dkip.alfresco.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A model that imports the data-list model needs the module that brings it, declared where MMT checks it. */
class ModuleDependenciesTest {

    private static final Path RESOURCES = Path.of("src/main/resources/alfresco/module/dkip-platform");

    @Test
    void theDataListModelsModuleIsADeclaredDependency() throws IOException {
        String model = Files.readString(RESOURCES.resolve("model/dkipContentModel.xml"));
        assertThat(model).contains("http://www.alfresco.org/model/datalist/1.0");
        Properties module = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("module.properties"))) {
            module.load(in);
        }
        assertThat(module.getProperty("module.depends.alfresco-share-services")).isEqualTo("*");
    }
}
