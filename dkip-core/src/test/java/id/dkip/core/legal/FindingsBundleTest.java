package id.dkip.core.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FindingsBundleTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = FindingsBundleTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(in); // ISO-8859-1, as java.util.Properties reads it
        }
        return p;
    }

    @Test
    void bothBundlesHaveExactlyTheValidatorsCodes() throws IOException {
        Properties id = load("findings.properties");
        Properties en = load("findings_en.properties");
        assertThat(id.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(EntryValidator.CODES);
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(EntryValidator.CODES);
        for (String code : EntryValidator.CODES) {
            assertThat(en.getProperty(code)).as(code).isNotEqualTo(id.getProperty(code));
            // same placeholders in both languages
            assertThat(placeholders(en.getProperty(code))).as(code).isEqualTo(placeholders(id.getProperty(code)));
        }
    }

    @Test
    void bundlesArePlainAsciiWithEscapes() throws IOException {
        for (String name : new String[] {"findings.properties", "findings_en.properties"}) {
            try (InputStream in = FindingsBundleTest.class.getResourceAsStream(name)) {
                byte[] bytes = in.readAllBytes();
                for (byte b : bytes) {
                    assertThat(b & 0xff).as(name).isLessThan(0x80);
                }
            }
        }
    }

    private static java.util.Set<String> placeholders(String message) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\d}").matcher(message);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
