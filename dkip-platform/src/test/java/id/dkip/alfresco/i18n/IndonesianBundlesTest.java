package id.dkip.alfresco.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Alfresco's I18NUtil resolves with {@code ResourceBundle.getBundle(name, locale)}, whose fallback tries the JVM's
 * default locale before the base file: on an English server, Indonesian users would get the {@code _en} labels
 * unless an {@code _id} bundle exists. Each platform bundle ships one, identical to the Indonesian default.
 */
class IndonesianBundlesTest {

    private static final String DIR = "alfresco/module/dkip-platform/messages/";
    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (InputStream in = IndonesianBundlesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"dkip-actions", "dkip-content-model"})
    void theIdBundleIsTheIndonesianDefault(String bundle) throws IOException {
        assertThat(load(DIR + bundle + "_id.properties")).isEqualTo(load(DIR + bundle + ".properties"));
    }

    @Test
    void onAnEnglishServerIndonesianIsStillIndonesian() throws IOException {
        Locale.setDefault(Locale.ENGLISH);
        ResourceBundle.clearCache();
        ResourceBundle id = ResourceBundle.getBundle(DIR.replace('/', '.') + "dkip-actions", Locale.forLanguageTag("id"));
        Properties indonesian = load(DIR + "dkip-actions.properties");
        String key = indonesian.stringPropertyNames().iterator().next();
        assertThat(id.getString(key)).isEqualTo(indonesian.getProperty(key));
        assertThat(load(DIR + "dkip-actions_en.properties").getProperty(key)).as("the test key differs in English")
                .isNotEqualTo(indonesian.getProperty(key));
    }
}
