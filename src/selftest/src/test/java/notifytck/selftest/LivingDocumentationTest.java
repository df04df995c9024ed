package notifytck.selftest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import notifytck.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The living documentation in a real browser (Debian's headless Chromium): the site of the
 * reference's run and of a faulty variant's, and the matrix of the reference and two variants.
 * Screenshots go to reports/site-screenshots/. Without the browser this fails rather than skips:
 * .ci/run installs chromium and chromium-driver.
 */
class LivingDocumentationTest {
    static final String VARIANT_A = "notifytck.variants.msmq.AccessCheckedBeforeClosed";
    static final String VARIANT_B = "notifytck.variants.msmq.NextNotAdvanced";
    private static Path reference;
    private static Path variantA;
    private static Path matrix;
    private static Path screenshots;
    private static WebDriver browser;

    @BeforeAll
    static void runsAndBrowser() throws Exception {
        reference = Reports.fresh("site-reference");
        variantA = Reports.fresh("site-variant-a");
        Path variantB = Reports.fresh("site-variant-b");
        matrix = Reports.fresh("matrix");
        screenshots = Reports.fresh("../site-screenshots");
        // Few tries: the site is judged here, not the properties (ReferenceConformanceTest runs them at the default).
        run("--out", reference.toString(), "--quiet", "--tries", "5");
        // The variants' scenarios alone: their pages show failed scenarios; their properties would add time and nothing to see.
        run("--out", variantA.toString(), "--quiet", "--sut", VARIANT_A, "--select", "@msmq and @scenario and not @many-rounds", "--timeout-eventually", "2000",
                "--timeout-shrink", "500");
        run("--out", variantB.toString(), "--quiet", "--sut", VARIANT_B, "--select", "@msmq and @scenario and not @many-rounds", "--timeout-eventually", "2000",
                "--timeout-shrink", "500");
        int exit = Main.run(new String[] {"matrix", reference.resolve("verdict.json").toString(), variantA.resolve("verdict.json").toString(),
                variantB.resolve("verdict.json").toString(), "--out", matrix.toString()}, new PrintStream(new ByteArrayOutputStream()), System.err);
        assertThat(exit).as("the matrix command").isZero();
        browser = startBrowser();
    }

    private static void run(String... args) {
        Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err);
    }

    static WebDriver startBrowser() {
        String binary = System.getProperty("notifytck.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("notifytck.chromedriver", "/usr/bin/chromedriver");
        assertThat(new File(binary)).as("Debian's chromium (apt-get install chromium chromium-driver; .ci/run does it)").exists();
        assertThat(new File(driver)).as("Debian's chromium-driver").exists();
        // Never let Selenium Manager look for a driver to download: the machine's are named here.
        System.setProperty("webdriver.chrome.driver", driver);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1400", "--allow-file-access-from-files");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).usingAnyFreePort().build();
        ChromeDriver d = new ChromeDriver(service, options);
        d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return d;
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(Path page) {
        browser.get(page.toAbsolutePath().toUri().toString());
    }

    private static void screenshot(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    @Test
    void theIndexListsTheFiveDocumentsWithTheirCounts() throws Exception {
        open(reference.resolve("site/index.html"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("reference");
        List<WebElement> docs = browser.findElements(By.cssSelector("li.document"));
        assertThat(docs).hasSize(5);
        assertThat(docs.get(0).getText()).contains("Receiving Notification Messages from the Fax Service", "pass");
        assertThat(browser.findElement(By.cssSelector("p.totals")).getText()).contains("pass", "untestable");
        screenshot("index");
        headingsInOrder();
    }

    @Test
    void aDocumentPageShowsItsRulesInTheDocumentsOrderAndARuleExpands() throws Exception {
        open(reference.resolve("site/notification-channel.html"));
        List<WebElement> sections = browser.findElements(By.cssSelector("section.section h2"));
        assertThat(sections.get(0).getText()).startsWith("1. ").contains("a channel is per printer or per server");
        WebElement rule = browser.findElement(By.id("REQ-SPOOL-CHAN-020"));
        assertThat(rule.getAttribute("open")).as("a passing rule starts folded").isNull();
        rule.findElement(By.tagName("summary")).click();
        assertThat(rule.getAttribute("open")).isNotNull();
        assertThat(rule.getText()).contains("Reading", "discarded", "Scenarios", "Notifications queued behind a busy listener");
        WebElement scenario = rule.findElement(By.cssSelector("details.check"));
        scenario.findElement(By.tagName("summary")).click();
        assertThat(scenario.getText()).contains("Given", "Recorded history");
        String readings = rule.findElement(By.partialLinkText("readings entry")).getAttribute("href");
        assertThat(readings).endsWith("readings/spooler.html#REQ-SPOOL-CHAN-020");
        WebElement untestable = browser.findElement(By.id("REQ-SPOOL-CHAN-017"));
        untestable.findElement(By.tagName("summary")).click();
        assertThat(untestable.getText()).contains("untestable", "Untestable because");
        WebElement related = browser.findElement(By.id("REQ-SPOOL-CHAN-032"));
        assertThat(related.getAttribute("data-source")).isEqualTo("related");
        screenshot("document");
        headingsInOrder();
        filtersHaveLabels();
        badgesHaveContrast();
        browser.get(readings);
        assertThat(browser.findElements(By.id("REQ-SPOOL-CHAN-020"))).as("the rule's readings entry").hasSize(1);
    }

    @Test
    void filtersAndSearchNarrowTheRules() {
        open(reference.resolve("site/notification-channel.html"));
        String all = browser.findElement(By.id("shown")).getText();
        browser.findElement(By.id("f-untestable")).click();
        assertThat(browser.findElement(By.id("shown")).getText()).isNotEqualTo(all);
        assertThat(browser.findElement(By.id("REQ-SPOOL-CHAN-017")).isDisplayed()).isFalse();
        browser.findElement(By.id("f-untestable")).click();
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("REQ-SPOOL-CHAN-032");
        // The rule itself, and any whose text names it.
        assertThat(browser.findElement(By.id("shown")).getText()).matches("[12] of \\d+ rules shown");
        assertThat(browser.findElement(By.id("REQ-SPOOL-CHAN-032")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("REQ-SPOOL-CHAN-001")).isDisplayed()).isFalse();
        browser.findElement(By.id("s-f-related")).click();
        assertThat(browser.findElement(By.id("REQ-SPOOL-CHAN-032")).isDisplayed()).as("a related-source rule, with related sources filtered out").isFalse();
    }

    @Test
    void theKeyboardReachesTheSkipLinkTheFiltersAndARule() {
        open(reference.resolve("site/enable-notification.html"));
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("class")).isEqualTo("skip");
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement a = browser.switchTo().activeElement();
            reached.add(a.getTagName() + "#" + a.getAttribute("id"));
        }
        assertThat(reached).anyMatch(s -> s.startsWith("input#f-pass")).anyMatch(s -> s.equals("input#search")).anyMatch(s -> s.startsWith("summary"));
        WebElement summary = browser.findElement(By.cssSelector("#REQ-MSMQ-ENABLE-001 > summary"));
        summary.sendKeys(Keys.ENTER);
        assertThat(browser.findElement(By.id("REQ-MSMQ-ENABLE-001")).getAttribute("open")).isNotNull();
    }

    @Test
    void aFailedRuleOfAFaultyVariantShowsItsFailedScenarioAndHistory() throws Exception {
        browser.get(variantA.resolve("site/enable-notification.html").toAbsolutePath().toUri() + "#REQ-MSMQ-ENABLE-010");
        WebElement rule = browser.findElement(By.id("REQ-MSMQ-ENABLE-010"));
        assertThat(rule.getAttribute("data-status")).isEqualTo("fail");
        assertThat(rule.getAttribute("open")).as("a failed rule starts unfolded").isNotNull();
        WebElement failed = rule.findElements(By.cssSelector("details.check")).stream().filter(c -> "failed".equals(c.getAttribute("data-status")))
                .filter(c -> c.getText().contains("closed queue object opened for send")).findFirst().orElseThrow();
        failed.findElement(By.tagName("summary")).click();
        assertThat(failed.getText()).contains("Failure", "MQ_ERROR_INVALID_HANDLE", "Recorded history");
        js("arguments[0].scrollIntoView()", rule);
        screenshot("failed-rule");
        assertThat(browser.findElement(By.cssSelector("p.totals")).getText()).contains("fail");
    }

    @Test
    void theMatrixShowsOneColumnPerImplementationAndMarksDisagreements() throws Exception {
        open(matrix.resolve("matrix.html"));
        List<WebElement> heads = browser.findElements(By.cssSelector("thead th[scope=col]"));
        assertThat(heads).hasSize(4);
        assertThat(heads.get(1).getText()).contains("reference");
        List<WebElement> disagree = browser.findElements(By.cssSelector("tr.row.disagree"));
        assertThat(disagree).extracting(WebElement::getText).anyMatch(t -> t.contains("REQ-MSMQ-ENABLE-010"))
                .anyMatch(t -> t.contains("REQ-MSMQ-ENABLE-011"));
        browser.findElement(By.id("only-disagree")).click();
        long shown = browser.findElements(By.cssSelector("tr.row")).stream().filter(WebElement::isDisplayed).count();
        assertThat(shown).isEqualTo(disagree.size());
        screenshot("matrix");
        headingsInOrder();
    }

    /** No heading level is skipped going down, and there is one h1. */
    private static void headingsInOrder() {
        @SuppressWarnings("unchecked")
        List<Long> levels = (List<Long>) js("return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => Number(h.tagName[1]));");
        assertThat(levels.stream().filter(l -> l == 1)).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after heading %d", levels.get(i), levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
    }

    private static void filtersHaveLabels() {
        Object unlabelled = js("return Array.from(document.querySelectorAll('form.filters input')).filter(i => !document.querySelector"
                + "('label[for=\"' + i.id + '\"]')).length;");
        assertThat(((Number) unlabelled).intValue()).as("filter inputs without a label").isZero();
    }

    /** WCAG contrast of each badge's text against its background, computed in the page. */
    private static void badgesHaveContrast() {
        Object worst = js("function lum(c){const v=c.match(/\\d+(\\.\\d+)?/g).slice(0,3).map(Number).map(x=>{x/=255;return x<=0.03928?x/12.92:Math.pow((x+0.055)/1.055,2.4)});"
                + "return 0.2126*v[0]+0.7152*v[1]+0.0722*v[2];}"
                + "let worst=21;for(const b of document.querySelectorAll('.badge')){const s=getComputedStyle(b);"
                + "const a=lum(s.color),c=lum(s.backgroundColor);const r=(Math.max(a,c)+0.05)/(Math.min(a,c)+0.05);if(r<worst)worst=r;}return worst;");
        assertThat(((Number) worst).doubleValue()).as("the lowest contrast ratio of a status badge").isGreaterThanOrEqualTo(4.5);
    }
}
