package id.dkip.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Surf wraps the html markup of every component it renders in {@code <div id="${args.htmlid}">}
 * (spring-surf's ChromeDetectionContentModelElement, Share runs with region chrome off), so a component's own element
 * must not take args.htmlid itself: the id is then duplicated and {@code Dom.get(htmlid)} finds Surf's wrapper. Seen in
 * a real Share 26.1: the exemption-history panel stayed hidden because its script showed the wrapper, not the panel.
 */
class SubComponentIdsTest {

    static final Path SITE_WEBSCRIPTS = ShareConfigTest.RESOURCES.resolve("alfresco/web-extension/site-webscripts");
    static final Pattern ASSIGN = Pattern.compile("<#assign\\s+(\\w+)\\s*=\\s*args\\.htmlid(\\?html)?\\s*/?>");

    static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(SITE_WEBSCRIPTS)) {
            return s.filter(p -> p.toString().endsWith(".ftl")).toList();
        }
    }

    @Test
    void noElementTakesTheComponentsOwnHtmlId() throws IOException {
        int components = 0;
        for (Path ftl : templates()) {
            String text = Files.readString(ftl);
            assertThat(text).as(ftl + ": args.htmlid used directly as an id").doesNotContain("id=\"${args.htmlid}\"", "id=\"${args.htmlid?html}\"");
            Matcher m = ASSIGN.matcher(text);
            while (m.find()) {
                components++;
                String var = m.group(1);
                assertThat(text).as(ftl + ": id=\"${" + var + "}\" duplicates Surf's wrapper div").doesNotContain("id=\"${" + var + "}\"");
            }
        }
        assertThat(components).as("components checked").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theHistoryPanelScriptShowsItsOwnPanel() throws IOException {
        String ftl = Files.readString(SITE_WEBSCRIPTS.resolve("id/dkip/components/riwayat/riwayat.get.html.ftl"));
        String js = Files.readString(Path.of("src/main/assembly/web/dkip/components/riwayat/dkip-riwayat.js"));
        assertThat(ftl).contains("id=\"${id}-panel\"");
        assertThat(js).contains("setStyle(htmlId + \"-panel\", \"display\", \"block\")");
    }
}
