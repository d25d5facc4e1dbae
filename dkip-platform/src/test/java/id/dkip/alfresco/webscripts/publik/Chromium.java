package id.dkip.alfresco.webscripts.publik;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless chromium driven through Debian's chromium-driver (no browser is downloaded: Selenium is given
 * both executables), and axe-core from npm, installed into target/ when missing. Missing tools fail the run with
 * what to install: the browser tests only run when asked for (-Pbrowser), and then they must run.
 */
final class Chromium {
    static final String AXE_VERSION = "4.11.0";
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,900");

    private Chromium() {
    }

    static Path outputDir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("dkip.browser.dir", "target/browser")));
    }

    static ChromeDriver start() throws IOException {
        Path browser = Path.of(System.getProperty("dkip.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("dkip.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(browser) || !Files.isExecutable(driver)) {
            fail("The browser tests need Debian's chromium and chromium-driver (" + browser + ", " + driver
                    + "): apt-get install -y chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + Files.createTempDirectory(outputDir(), "profile-"));
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }

    /** axe-core's script, installed with npm into {@code dkip.axe.dir} on first use. */
    static String axeSource() throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("dkip.axe.dir", "target/axe"));
        Path script = dir.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(script)) {
            Files.createDirectories(dir);
            Process npm = new ProcessBuilder("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix",
                    dir.toString(), "axe-core@" + AXE_VERSION).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("npm.log").toFile()).start();
            if (!npm.waitFor(3, TimeUnit.MINUTES) || npm.exitValue() != 0 || !Files.isRegularFile(script)) {
                npm.destroyForcibly();
                fail("npm could not install axe-core@" + AXE_VERSION + " into " + dir + " (see " + dir.resolve("npm.log")
                        + "); CI runs: npm install --prefix dkip-platform/target/axe axe-core@" + AXE_VERSION);
            }
        }
        return Files.readString(script, StandardCharsets.UTF_8);
    }
}
