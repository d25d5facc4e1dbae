package id.dkip.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module's client scripts share one helper, dkip-util.js (DKIP.util), which Share must load before them. Share
 * loads a component's scripts in the order it declares them: the {@code <@script>} tags of its .get.html.ftl
 * ({@code <@markup id="js">}), the {@code <js src>} of the document library's DocLibCustom dependencies
 * (doclib-custom.get.html.ftl lists them in order) and of {@code config.global.forms.dependencies} (form.js.ftl,
 * an ordered list). Checked for every declaration of every script that uses the helper.
 */
class ClientScriptDependenciesTest {

    static final String UTIL = "dkip/components/dkip-util.js";
    static final Pattern DECLARED = Pattern.compile(
            "<@script\\b[^>]*\\bsrc=\"\\$\\{url\\.context}/res/([^\"]+\\.js)\"|<js\\s+src=\"/([^\"]+\\.js)\"");
    static final Pattern HELPER_COPY = Pattern.compile("function\\s+(escapeHtml|format)\\s*\\(|module\\.exports");

    /** Every file of the AMP that declares scripts, with the scripts in their declared order. */
    static Map<Path, List<String>> declarations() throws IOException {
        Map<Path, List<String>> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(ShareConfigTest.RESOURCES)) {
            for (Path f : files.filter(p -> p.toString().matches(".*\\.(ftl|xml)$")).toList()) {
                Matcher m = DECLARED.matcher(Files.readString(f));
                List<String> scripts = new ArrayList<>();
                while (m.find()) {
                    scripts.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
                if (!scripts.isEmpty()) {
                    out.put(f, scripts);
                }
            }
        }
        return out;
    }

    /** The module's own scripts (under web/dkip) that use DKIP.util, dkip-util.js itself excepted. */
    static List<String> helperUsers() throws IOException {
        try (Stream<Path> files = Files.walk(ShareConfigTest.WEB.resolve("dkip"))) {
            List<String> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                String rel = ShareConfigTest.WEB.relativize(f).toString().replace('\\', '/');
                if (!rel.equals(UTIL) && Files.readString(f).contains("DKIP.util")) {
                    out.add(rel);
                }
            }
            return out;
        }
    }

    @Test
    void everyComponentLoadsTheHelperBeforeEachScriptThatUsesIt() throws IOException {
        List<String> users = helperUsers();
        assertThat(users).contains("dkip/components/dkip-actions.js", "dkip/components/form/dkip-form.js",
                "dkip/components/register/dkip-register.js", "dkip/components/riwayat/dkip-riwayat.js",
                "dkip/components/dashlets/dkip-tenggat.js");
        List<String> declaredSomewhere = new ArrayList<>();
        declarations().forEach((file, scripts) -> {
            for (int i = 0; i < scripts.size(); i++) {
                if (users.contains(scripts.get(i))) {
                    declaredSomewhere.add(scripts.get(i));
                    assertThat(scripts.subList(0, i)).as("%s loads %s after %s", file, scripts.get(i), UTIL).contains(UTIL);
                }
            }
        });
        assertThat(declaredSomewhere).as("every script that uses the helper is loaded by some component").containsAll(users);
        assertThat(ShareConfigTest.WEB.resolve(UTIL)).exists();
    }

    @Test
    void noScriptCarriesItsOwnCopyOfTheHelpersOrTheModuleWrapper() throws IOException {
        for (String script : helperUsers()) {
            assertThat(HELPER_COPY.matcher(Files.readString(ShareConfigTest.WEB.resolve(script))).find())
                    .as("%s defines escapeHtml/format or its own module wrapper instead of using DKIP.util", script).isFalse();
        }
    }
}
