package id.dkip.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The register page's Surf plumbing: page -> template instance -> template and component web script, each found
 * where Surf looks for it (web-extension/site-data, templates, site-webscripts), offered to sites by SitePages, with
 * every label in the component's bundles.
 */
class RegisterPageConfigTest {

    static final Path EXT = ShareConfigTest.RESOURCES.resolve("alfresco/web-extension");
    static final Path COMPONENT = EXT.resolve("site-webscripts/id/dkip/components/register");

    static String tag(String xml, String tag) {
        Matcher m = Pattern.compile("<" + tag + ">([^<]+)</" + tag + ">").matcher(xml);
        assertThat(m.find()).as("<" + tag + ">").isTrue();
        return m.group(1).trim();
    }

    @Test
    void thePageResolvesToItsTemplateAndComponent() throws Exception {
        String page = Files.readString(EXT.resolve("site-data/pages/dkip-register.xml"));
        assertThat(tag(page, "id")).isEqualTo("dkip-register");
        String instance = Files.readString(EXT.resolve("site-data/template-instances/" + tag(page, "template-instance") + ".xml"));
        assertThat(EXT.resolve("templates/" + tag(instance, "template-type") + ".ftl")).exists();
        assertThat(instance).contains("<url>/components/dkip/register</url>");
        assertThat(tag(Files.readString(COMPONENT.resolve("register.get.desc.xml")), "url")).isEqualTo("/components/dkip/register");
        // the template's region is filled by the instance
        assertThat(Files.readString(EXT.resolve("templates/" + tag(instance, "template-type") + ".ftl"))).contains("<@region id=\"register\"");
        assertThat(Files.readString(ShareConfigTest.RESOURCES.resolve("META-INF/share-config-custom.xml")))
                .contains("<page id=\"dkip-register\">dkip-register</page>");
    }

    @Test
    void theComponentLoadsItsClientCodeAndTheSharedExport() throws Exception {
        String ftl = Files.readString(COMPONENT.resolve("register.get.html.ftl"));
        Matcher js = Pattern.compile("res/(dkip/[^\"]+\\.(?:js|css))\"").matcher(ftl);
        int n = 0;
        while (js.find()) {
            assertThat(ShareConfigTest.WEB.resolve(js.group(1))).exists();
            n++;
        }
        assertThat(n).isEqualTo(4); // dkip-util.js, dkip-actions.js, dkip-register.js, dkip-register.css
        assertThat(ftl).contains("data-format=\"xlsx\"", "data-format=\"csv\"", "data-public=\"true\"");
        for (String filter : new String[] {"unit", "status", "level", "ground", "expiryBefore", "q"}) {
            assertThat(ftl).contains("name=\"" + filter + "\"");
        }
    }

    @Test
    void theHistoryPanelIsAddedToDocumentDetailsAndItsComponentExists() throws Exception {
        String ext = Files.readString(ShareConfigTest.RESOURCES.resolve("alfresco/site-data/extensions/dkip-share-extension.xml"));
        assertThat(ext).contains("<source-id>document-details</source-id>", "<url>/components/dkip/riwayat</url>");
        Path riwayat = EXT.resolve("site-webscripts/id/dkip/components/riwayat");
        assertThat(tag(Files.readString(riwayat.resolve("riwayat.get.desc.xml")), "url")).isEqualTo("/components/dkip/riwayat");
        String ftl = Files.readString(riwayat.resolve("riwayat.get.html.ftl"));
        assertThat(ftl).contains("res/dkip/components/riwayat/dkip-riwayat.js");
        assertThat(ShareConfigTest.WEB.resolve("dkip/components/riwayat/dkip-riwayat.js")).exists();
        for (String suffix : new String[] {"", "_en", "_id"}) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(riwayat.resolve("riwayat.get" + suffix + ".properties"), StandardCharsets.ISO_8859_1)) {
                p.load(r);
            }
            Matcher m = Pattern.compile("\"(riwayat\\.[\\w.]*\\w)\"").matcher(ftl);
            while (m.find()) {
                assertThat(p.getProperty(m.group(1))).as(suffix + " " + m.group(1)).isNotBlank();
            }
            assertThat(p.getProperty("riwayat.judul")).isNotBlank();
        }
    }

    @Test
    void theDashletIsOfferedOnUserAndSiteDashboardsWithItsLabels() throws Exception {
        Path dashlets = EXT.resolve("site-webscripts/id/dkip/components/dashlets");
        String desc = Files.readString(dashlets.resolve("dkip-tenggat.get.desc.xml"));
        assertThat(desc).contains("<family>site-dashlet</family>", "<family>user-dashlet</family>");
        String ftl = Files.readString(dashlets.resolve("dkip-tenggat.get.html.ftl"));
        assertThat(ShareConfigTest.WEB.resolve("dkip/components/dashlets/dkip-tenggat.js")).exists();
        assertThat(ftl).contains("res/dkip/components/dashlets/dkip-tenggat.js");
        for (String suffix : new String[] {"", "_en", "_id"}) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(dashlets.resolve("dkip-tenggat.get" + suffix + ".properties"), StandardCharsets.ISO_8859_1)) {
                p.load(r);
            }
            Matcher m = Pattern.compile("\"(tenggat\\.[\\w.]*\\w)\"").matcher(ftl);
            int n = 0;
            while (m.find()) {
                assertThat(p.getProperty(m.group(1))).as(suffix + " " + m.group(1)).isNotBlank();
                n++;
            }
            assertThat(n).isGreaterThanOrEqualTo(15);
            assertThat(p.getProperty("tenggat.judul")).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_en", "_id"})
    void everyLabelOfTheComponentExists(String suffix) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(COMPONENT.resolve("register.get" + suffix + ".properties"), StandardCharsets.ISO_8859_1)) {
            p.load(r);
        }
        String ftl = Files.readString(COMPONENT.resolve("register.get.html.ftl"));
        Matcher m = Pattern.compile("\"(register\\.[\\w.]*\\w)\"").matcher(ftl); // "register.status." + s is a prefix, checked below
        int n = 0;
        while (m.find()) {
            assertThat(p.getProperty(m.group(1))).as(m.group(1)).isNotBlank();
            n++;
        }
        assertThat(n).isGreaterThan(15);
        for (String s : new String[] {"usulan", "rancangan", "ditetapkan", "dicabut", "dibuka"}) {
            assertThat(p.getProperty("register.status." + s)).isNotBlank();
        }
        assertThat(ShareConfigTest.bundle(suffix).getProperty("page.dkip-register.title")).isNotBlank();
    }
}
