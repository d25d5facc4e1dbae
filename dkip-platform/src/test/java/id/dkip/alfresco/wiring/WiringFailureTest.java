package id.dkip.alfresco.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * Proves that {@link ModuleContextLoader} - and so {@link ModuleContextWiringTest} - fails on the mistakes it is
 * there to catch: deliberately broken contexts under {@code src/test/resources/wiring/broken}, and every
 * reference in the module's own context files misspelt in turn.
 */
class WiringFailureTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            misspelt-ref-context.xml                | dkip.test.misspeltRef             | dictionaryBootstap
            misspelt-property-ref-context.xml       | dkip.test.misspeltPropertyRef     | dictionaryBootstrapp
            misspelt-parent-context.xml             | dkip.test.misspeltParent          | dictionaryModelBootstap
            missing-setter-context.xml              | dkip.test.missingSetter           | Invalid property 'model'
            wrong-type-context.xml                  | dkip.test.wrongType               | java.lang.Runnable
            missing-class-context.xml               | dkip.test.missingClass            | id.dkip.alfresco.wiring.NoSuchBehaviour
            lazy-misspelt-ref-context.xml           | dkip.test.lazyMisspeltRef         | dictionaryBootstrapp
            prototype-misspelt-ref-context.xml      | dkip.test.prototypeMisspeltRef    | dictionaryBootstrapp
            unresolved-placeholder-context.xml      | dkip.test.unresolvedPlaceholder   | dkip.test.noSuchKey
            duplicate-id-context.xml                | workflowDeployer                  | workflowDeployer
            """)
    void aBrokenContextFailsNamingTheBeanAndTheMistake(String file, String bean, String mistake) {
        assertThatThrownBy(() -> ModuleContextLoader.load("wiring/broken/" + file).close())
                .satisfies(e -> assertThat(fullMessage(e)).contains(bean).contains(mistake));
    }

    /** Each bean name a module context file refers to, misspelt in turn: loading the module must fail. */
    @TestFactory
    Stream<DynamicTest> everyReferenceInTheModuleContextIsChecked() throws IOException {
        // The files module-context.xml imports, loaded side by side (module-context.xml itself only imports).
        List<String> files = SpringXmlFiles.moduleContextFiles().stream()
                .filter(f -> !f.equals(ModuleContextLoader.MODULE_CONTEXT))
                .toList();
        List<DynamicTest> tests = new ArrayList<>();
        Pattern reference = Pattern.compile("\\b(ref|parent|depends-on|bean)\\s*=\\s*\"([^\"$]+)\"");
        for (String file : files) {
            String xml = new ClassPathResource(file).getContentAsString(StandardCharsets.UTF_8);
            Matcher m = reference.matcher(xml);
            while (m.find()) {
                int start = m.start(2);
                int end = m.end(2);
                String name = m.group(2);
                String typo = name + "Typo";
                String broken = xml.substring(0, start) + typo + xml.substring(end);
                tests.add(DynamicTest.dynamicTest(file.substring(file.lastIndexOf('/') + 1) + ": " + m.group(1) + "=\"" + name + "\"", () -> {
                    Resource[] resources = files.stream()
                            .map(f -> f.equals(file) ? new ByteArrayResource(broken.getBytes(StandardCharsets.UTF_8), f + " (misspelt)")
                                    : (Resource) new ClassPathResource(f))
                            .toArray(Resource[]::new);
                    try {
                        ModuleContextLoader.load(resources).close();
                        fail("loading the module with '" + name + "' misspelt as '" + typo + "' in " + file + " succeeded");
                    } catch (RuntimeException e) {
                        assertThat(fullMessage(e)).contains(typo);
                    }
                }));
            }
        }
        assertThat(tests).as("references found in the module's context files").isNotEmpty();
        return tests.stream();
    }

    static String fullMessage(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
