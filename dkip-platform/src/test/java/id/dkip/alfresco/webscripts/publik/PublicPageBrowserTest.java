package id.dkip.alfresco.webscripts.publik;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.dkip.core.publication.PublicPageRenderer;
import id.dkip.core.publication.PublicationSettings;
import id.dkip.core.publication.StaticPagePublisher;
import id.dkip.core.register.DkipEntry;
import id.dkip.core.register.EntryStatus;
import id.dkip.core.sample.SampleAgency;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The public page in headless chromium, as the static files of {@code dkip publish} and as the web script's response
 * (rendered by {@link PublicDkipGet#execute} over a repository fixture, saved), both served over HTTP as a web
 * server would: search, filters, sorting, the
 * print view, the page without JavaScript, no console errors, and axe-core's WCAG 2.1 A/AA rules at desktop and
 * phone widths with no serious or critical violation. Writes the axe results and screenshots to target/browser.
 */
@Tag("browser")
class PublicPageBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<DkipEntry> SAMPLE = SampleAgency.register().entries();
    private static final int PUBLISHED = (int) SAMPLE.stream().filter(e -> e.status() == EntryStatus.DITETAPKAN).count();
    private static ChromeDriver chrome;
    private static String axe;
    private static Path out;
    private static final List<String> pages = new ArrayList<>();
    private static LocalWebServer server;

    @BeforeAll
    static void pagesAndBrowser() throws Exception {
        out = Chromium.outputDir();
        axe = Chromium.axeSource();
        PublicationSettings settings;
        try (InputStream in = PublicPageBrowserTest.class.getResourceAsStream("/id/dkip/core/sample/publication.json")) {
            settings = PublicationSettings.read(in);
        }
        Path site = out.resolve("static");
        new StaticPagePublisher(new PublicPageRenderer()).publish(SAMPLE, settings, LocalDate.of(2026, 3, 30), site, true);
        server = LocalWebServer.serve(out);
        Files.writeString(out.resolve("inaccessible.html"), "<!DOCTYPE html><html lang=\"id\"><head><title>x</title></head>"
                + "<body><main><h1>x</h1><img src=\"gambar.png\"><p style=\"color:#bbb;background:#fff\">abu-abu</p>"
                + "<button></button></main></body></html>");
        pages.add(server.url("static/" + StaticPagePublisher.INDEX));
        pages.add(server.url("static/" + StaticPagePublisher.INDEX_EN));
        try (PublicDkipFixture f = new PublicDkipFixture(SAMPLE, PublicDkipGetTest.MODIFIED, PublicDkipGetTest.SETTINGS)) {
            for (String lang : List.of("id", "en")) {
                Path page = Files.createDirectories(out.resolve("webscript")).resolve("dkip-publik-" + lang + ".html");
                Files.writeString(page, f.get(lang), StandardCharsets.UTF_8);
                pages.add(server.url("webscript/" + page.getFileName()));
            }
        }
        chrome = Chromium.start();
    }

    @AfterAll
    static void quit() {
        if (chrome != null) {
            chrome.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    static Stream<String> pages() {
        return Stream.of("static/index.html", "static/index-en.html", "webscript/dkip-publik-id.html",
                "webscript/dkip-publik-en.html");
    }

    private static void open(String page) {
        String url = pages.stream().filter(p -> p.endsWith(page)).findFirst().orElseThrow();
        chrome.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        chrome.manage().logs().get(LogType.BROWSER);
        chrome.get(url);
        chrome.manage().logs().get(LogType.BROWSER); // start each page with an empty console
        assertThat(chrome.findElement(By.id("kontrol")).isDisplayed()).as("controls shown by the script").isTrue();
    }

    /** The displayed rows, in one round trip: data-unit, data-grounds and text of each. */
    record Row(String unit, String grounds, String text) {
    }

    @SuppressWarnings("unchecked")
    private static List<Row> visibleRows() {
        List<Map<String, String>> rows = (List<Map<String, String>>) chrome.executeScript(
                "return Array.prototype.filter.call(document.querySelectorAll('#daftar tbody tr'),"
                + " function (r) { return r.getClientRects().length > 0 && getComputedStyle(r).display !== 'none'; })"
                + ".map(function (r) { return {unit: r.getAttribute('data-unit'), grounds: r.getAttribute('data-grounds'),"
                + " text: r.textContent}; });");
        return rows.stream().map(m -> new Row(m.get("unit"), m.get("grounds"), m.get("text"))).toList();
    }

    @ParameterizedTest
    @MethodSource("pages")
    void searchFiltersAndSortWork(String page) {
        open(page);
        assertThat(visibleRows()).hasSize(PUBLISHED);
        assertThat(chrome.findElement(By.id("hasil")).getText()).contains(PUBLISHED + "");

        // search: a word of one entry's description shows only the rows holding it
        WebElement search = chrome.findElement(By.id("cari"));
        search.sendKeys("rekam medis");
        List<Row> found = visibleRows();
        assertThat(found).isNotEmpty().hasSizeLessThan(PUBLISHED)
                .allSatisfy(r -> assertThat(r.text().toLowerCase()).contains("rekam medis"));
        search.clear();
        search.sendKeys(" ");
        assertThat(visibleRows()).hasSize(PUBLISHED);

        // unit filter (chosen with the keyboard): every visible row is of that unit
        Select unit = new Select(chrome.findElement(By.id("unit")));
        String chosen = unit.getOptions().get(1).getAttribute("value");
        unit.selectByIndex(1);
        List<Row> ofUnit = visibleRows();
        assertThat(ofUnit).isNotEmpty().allSatisfy(r -> assertThat(r.unit()).isEqualTo(chosen));
        assertThat(ofUnit.size()).isEqualTo((int) SAMPLE.stream()
                .filter(e -> e.status() == EntryStatus.DITETAPKAN && chosen.equals(e.unitName())).count());
        unit.selectByIndex(0);

        // ground and year filters
        Select ground = new Select(chrome.findElement(By.id("dasar")));
        ground.selectByValue("17h2");
        assertThat(visibleRows()).isNotEmpty().hasSizeLessThan(PUBLISHED)
                .allSatisfy(r -> assertThat(r.grounds().split(" ")).contains("17h2"));
        ground.selectByIndex(0);
        new Select(chrome.findElement(By.id("tahun"))).selectByValue("2021");
        assertThat(visibleRows()).hasSize(PUBLISHED);
        chrome.findElement(By.id("reset")).click();
        assertThat(visibleRows()).hasSize(PUBLISHED);

        // sort by unit: ascending, then descending; the header says so
        WebElement unitHeader = chrome.findElements(By.cssSelector("#daftar thead th")).get(2);
        unitHeader.findElement(By.tagName("button")).sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(unitHeader.getAttribute("aria-sort")).isEqualTo("ascending");
        List<String> units = visibleRows().stream().map(Row::unit).toList();
        assertThat(units).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.forLanguageTag("id")));
        unitHeader.findElement(By.tagName("button")).click();
        assertThat(unitHeader.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(visibleRows().get(0).unit()).isEqualTo(units.get(units.size() - 1));
        assertNoConsoleErrors(page);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void printViewHasTheWholeTableEvenWhenFiltered(String page) {
        open(page);
        new Select(chrome.findElement(By.id("dasar"))).selectByValue("17h2");
        assertThat(visibleRows()).hasSizeLessThan(PUBLISHED);
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(visibleRows()).hasSize(PUBLISHED);
            assertThat(chrome.findElement(By.id("kontrol")).isDisplayed()).isFalse();
            assertThat(chrome.findElement(By.cssSelector("#daftar thead")).isDisplayed()).isTrue();
            byte[] pdf = Base64.getDecoder().decode((String) chrome.executeCdpCommand("Page.printToPDF",
                    Map.of("printBackground", false)).get("data"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
        assertNoConsoleErrors(page);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void withoutJavaScriptTheTableIsComplete(String page) {
        chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            chrome.get(pages.stream().filter(p -> p.endsWith(page)).findFirst().orElseThrow());
            assertThat(visibleRows()).hasSize(PUBLISHED);
            assertThat(chrome.findElement(By.id("kontrol")).isDisplayed()).isFalse();
        } finally {
            chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void axeFindsNoSeriousOrCriticalViolationOnDesktopAndPhone(String page) throws Exception {
        // the phone layout once per language (static and web script pages share the template and CSS)
        boolean phoneToo = page.equals("static/index.html") || page.equals("webscript/dkip-publik-en.html");
        for (int width : phoneToo ? new int[] {1280, 390} : new int[] {1280}) {
            open(page);
            chrome.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            JsonNode r = runAxe();
            Path report = out.resolve("axe").resolve(page.replace('/', '-') + "-" + width + ".json");
            Files.createDirectories(report.getParent());
            Files.writeString(report, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(r));
            List<String> serious = serious(r);
            System.out.println("axe-core " + Chromium.AXE_VERSION + " " + page + " @" + width + "px: "
                    + r.get("passes").asInt() + " rules passed, violations " + all(r) + ", incomplete " + r.get("incomplete"));
            assertThat(serious).as("serious/critical axe violations on " + page + " at " + width + " px").isEmpty();
            assertNoConsoleErrors(page);
        }
    }

    /** The check above can fail: on a page built to violate WCAG, axe reports serious and critical violations. */
    @org.junit.jupiter.api.Test
    void axeCatchesAnInaccessiblePage() throws Exception {
        chrome.get(server.url("inaccessible.html"));
        List<String> serious = serious(runAxe());
        assertThat(String.join("\n", serious)).contains("image-alt", "button-name", "color-contrast");
    }

    private static JsonNode runAxe() throws Exception {
        chrome.executeScript(axe);
        Object result = chrome.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})"
                + ".then(function (r) { done(JSON.stringify({violations: r.violations, passes: r.passes.length,"
                + " incomplete: r.incomplete.map(function (i) { return i.id; })})); })"
                + ".catch(function (e) { done(JSON.stringify({error: String(e)})); });");
        JsonNode r = JSON.readTree((String) result);
        assertThat(r.has("error")).as(r.path("error").asText()).isFalse();
        return r;
    }

    private static List<String> serious(JsonNode axeResult) {
        List<String> serious = new ArrayList<>();
        for (JsonNode v : axeResult.get("violations")) {
            if (v.get("impact").asText().matches("serious|critical")) {
                serious.add(v.get("id").asText() + " (" + v.get("impact").asText() + ", " + v.get("nodes").size()
                        + " nodes): " + v.get("help").asText());
            }
        }
        return serious;
    }

    private static List<String> all(JsonNode axeResult) {
        List<String> all = new ArrayList<>();
        for (JsonNode v : axeResult.get("violations")) {
            all.add(v.get("id").asText() + " (" + v.get("impact").asText() + ", " + v.get("nodes").size() + " nodes)");
        }
        return all;
    }

    /** Screenshots (the top 2600 px) at phone and desktop widths; docs/public-page-*.png are copies of these. */
    @ParameterizedTest
    @MethodSource("pages")
    void screenshots(String page) throws Exception {
        if (!page.equals("static/index.html")) {
            return;
        }
        for (int width : new int[] {390, 1280}) {
            open(page);
            boolean phone = width < 700;
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", phone));
            Map<String, Object> metrics = chrome.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Number height = (Number) ((Map<String, Object>) metrics.get("cssContentSize")).get("height");
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", Math.min(height.intValue(), 2600), "deviceScaleFactor", 1, "mobile", phone));
            String png = (String) chrome.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png")).get("data");
            Path shot = out.resolve("screenshots").resolve("public-page-" + width + ".png");
            Files.createDirectories(shot.getParent());
            Files.write(shot, Base64.getDecoder().decode(png));
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        }
    }

    private static void assertNoConsoleErrors(String page) {
        List<String> errors = chrome.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                // the browser's own request for /favicon.ico (not made by the page) 404s on the test server when
                // it happens to land before the log is read: not an error of the page
                .filter(e -> !e.getMessage().contains("/favicon.ico - Failed to load resource"))
                .map(LogEntry::toString).toList();
        assertThat(errors).as("console errors on " + page).isEmpty();
    }
}
