package io.newswire.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;

import io.newswire.embedded.LocalCluster;
import io.newswire.extract.Enrichment;
import io.newswire.extract.Extractors;
import io.newswire.ingest.ArticlePublisher;
import io.newswire.ingest.ArticleReader;
import io.newswire.ingest.ArticleSources;
import io.newswire.streams.runtime.CaughtUp;
import io.newswire.streams.runtime.PipelineTopics;
import io.newswire.streams.runtime.StreamsRunner;
import io.newswire.streams.runtime.StreamsSettings;
import io.newswire.streams.serving.ServingMetrics;
import io.newswire.streams.serving.ServingServer;
import io.newswire.streams.topology.TopicNames;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs), served by the real HTTP API over a real pipeline: the seed's meetings are drawn, a new
 * article appears without a reload, and a bad range shows a message instead of a blank page.
 * Screenshots go to target/browser/. Skipped where Chromium is not installed, unless the environment
 * says it is required ({@code NEWSWIRE_BROWSER_REQUIRED=1}, as .ci/run sets, or
 * {@code -Dnewswire.browser.required=true}).
 */
class DashboardBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SEED = Path.of("..", "seeds", "000_bbb0b054668ebffa.txt");
    private static final Path SCREENSHOTS = Path.of("target", "browser");
    /** An article written for this test: one held meeting with a stated venue, not in the seed's region. */
    private static final String NEW_ARTICLE = """
             date 2025-03-05
            JAKARTA, March 5 -- Australian Foreign Minister Penny Wong met Indonesian Foreign Minister Sugiono \
            in Jakarta on Tuesday. The two ministers discussed maritime security and trade, the Australian \
            embassy said in a statement.
            """;

    @TempDir
    Path work;

    private LocalCluster cluster;
    private ServingMetrics metrics;
    private ServingServer api;
    private StreamsRunner runner;
    private Properties streamsProps;
    private ChromeDriver browser;

    @BeforeEach
    void startPipelineAndBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        boolean required = Boolean.getBoolean("newswire.browser.required") || "1".equals(System.getenv("NEWSWIRE_BROWSER_REQUIRED"));
        if (!required) {
            assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        assertTrue(installed, "browser tests are required here but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");

        cluster = LocalCluster.start(work.resolve("kafka"), 0, 0);
        metrics = new ServingMetrics();
        api = ServingServer.start("127.0.0.1", 0, metrics);
        Map<String, String> overrides = new HashMap<>(Map.of(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + api.port()));
        streamsProps = StreamsSettings.of(cluster.bootstrapServers(), cluster.registryUrl(), work.resolve("state"),
                TopicNames.DEFAULTS, overrides);
        PipelineTopics.ensure(streamsProps, TopicNames.DEFAULTS);
        runner = StreamsRunner.start(streamsProps, TopicNames.DEFAULTS, Extractors.standard(), metrics);
        metrics.bind(runner.streams());
        api.attach(runner);
        runner.awaitRunning(Duration.ofMinutes(1));
        Files.createDirectories(work.resolve("seed"));
        Files.copy(SEED, work.resolve("seed").resolve(SEED.getFileName()));
        publish(work.resolve("seed"));
        CaughtUp.await(streamsProps, TopicNames.DEFAULTS, Duration.ofMinutes(2));

        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                        "--window-size=1280,1600", "--user-data-dir=" + work.resolve("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver binary is given, so Selenium Manager never looks for one on the network.
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stop() throws Exception {
        if (browser != null) browser.quit();
        if (runner != null) runner.close();
        if (api != null) api.close();
        if (metrics != null) metrics.close();
        if (cluster != null) cluster.close();
    }

    @Test
    void theChartAndTheListShowTheSeedsMeetings() throws Exception {
        browser.get(dashboard(""));
        await("the chart shows the three meetings held in Northern America",
                () -> chartTotal("Americas / Northern America") == 3);
        await("the list shows the seed's meetings", () -> listText().contains("Vershinin") && listText().contains("DiCarlo"));
        String lavrovGuterres = listItems().stream().filter(text -> text.contains("Guterres")).findFirst().orElseThrow();
        assertTrue(lavrovGuterres.startsWith("date not stated"), "the planned meeting has no date in the text: " + lavrovGuterres);
        assertTrue(lavrovGuterres.contains("1 article: TASS (2021-09-22)"), "its source: the outlet ingest read and the day: " + lavrovGuterres);
        // The UN officials are a body, not a country: Russia alone in "Top countries", the UN in "Top bodies".
        await("the top tables are drawn", () -> !tableRows("bodies").isEmpty() && !tableRows("countries").isEmpty());
        assertEquals(List.of("Russia (RU) 3"), tableRows("countries"));
        assertEquals(List.of("UN 3"), tableRows("bodies"));
        assertTrue(statusText().matches("\\d+ meetings · updated .*"), statusText());
        screenshot("seed");
        assertNoScriptErrors();
    }

    @Test
    void aNewArticleAppearsWithoutAReload() throws Exception {
        Enrichment expected = Extractors.standard().extract(new io.newswire.extract.Article("browser-new", NEW_ARTICLE, null, "new.txt"));
        assertEquals(1, expected.meetings().size(), "the test article has one meeting: " + expected.meetings());
        Enrichment.Meeting meeting = expected.meetings().get(0);
        String bucket = meeting.location().region() + " / " + meeting.location().subregion();

        browser.get(dashboard(""));
        await("the seed is drawn", () -> chartTotal("Americas / Northern America") == 3);
        await("the page listens to /api/events", () -> statusText().endsWith("live: pushed"));
        js("window.sameDocument = true;");

        Files.createDirectories(work.resolve("new"));
        Files.writeString(work.resolve("new").resolve("jakarta.txt"), NEW_ARTICLE);
        publish(work.resolve("new"));

        // Pushed: the page polls only once a minute while /api/events is connected, and the wait is 30 s.
        await("the chart gets " + bucket, () -> chartTotal(bucket) == 1);
        await("the list gets Wong's meeting", () -> listText().contains("Wong"));
        await("the map gets Indonesia", () -> mapCount("ID") == 1);
        assertEquals(Boolean.TRUE, js("return window.sameDocument === true;"), "the page was not reloaded");
        assertEquals(3L, chartTotal("Americas / Northern America"), "the seed's meetings are still there: "
                + js("const c = Chart.getChart('perRegion'); return JSON.stringify({labels: c.data.labels, sets: c.data.datasets.map((d) => [d.label, d.data])});"));
        screenshot("after-new-article");
        assertNoScriptErrors();
    }

    @Test
    void theMapColoursCountriesByHeldMeetingsAndAClickFiltersTheList() throws Exception {
        browser.get(dashboard(""));
        await("the map counts Russia's three held meetings", () -> mapCount("RU") == 3);
        assertEquals(0L, mapCount("FR"), "a country without meetings is drawn, with none");
        assertTrue(mapTitle("RU").startsWith("Russia (RU): 3 meetings"), "hover names the country and the count: " + mapTitle("RU"));
        assertTrue(String.join("\n", tableRows("countries")).contains("Russia (RU)"), "the table names countries");
        screenshot("map-participants");

        click("input[name=mapBy][value=venue]");
        await("by venue: the three meetings in New York", () -> mapCount("US") == 3 && mapCount("RU") == 0);
        assertEquals("Held meetings per venue country", browser.findElement(By.id("mapTitle")).getText());

        click("#map path[data-code='US']");
        await("the list shows the meetings held in the United States",
                () -> browser.findElement(By.id("listFilter")).isDisplayed() && listText().contains("DiCarlo"));
        assertTrue(browser.getCurrentUrl().endsWith("?country=US"), "the URL keeps the filter: " + browser.getCurrentUrl());
        assertEquals("meetings with United States (US) (participant or venue)", browser.findElement(By.id("listFilterText")).getText());
        screenshot("map-venue-filtered");

        click("#clearFilter");
        await("the filter is cleared", () -> !browser.findElement(By.id("listFilter")).isDisplayed());
        assertFalse(browser.getCurrentUrl().contains("country="), browser.getCurrentUrl());
        assertNoScriptErrors();
    }

    @Test
    void theListFiltersByPersonStatusAndKindAndTheUrlKeepsThem() throws Exception {
        browser.get(dashboard("?person=khare"));
        await("only Khare's meeting", () -> listText().contains("Atul Khare") && !listText().contains("DiCarlo"));
        assertEquals("khare", browser.findElement(By.id("fPerson")).getAttribute("value"));

        browser.findElement(By.id("fPerson")).clear();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("fStatus"))).selectByValue("planned");
        await("only the planned meeting", () -> listText().contains("Guterres") && !listText().contains("Khare"));
        assertTrue(browser.getCurrentUrl().endsWith("/?status=planned"), browser.getCurrentUrl());

        // The chart's table alternative and the range in view.
        click("#chartTableBox summary");
        String table = String.join(" ", texts("#chartTable")).replaceAll("\\s+", " ");
        assertTrue(table.contains("2021-09-21 3 3"), "one row per bar, a column per region and the total: " + table);
        assertEquals("in view: 2021-09-21 to 2021-09-21 (all days with meetings)", String.join("", texts("#inView")));
        screenshot("list-filters");
        assertNoScriptErrors();
    }

    @Test
    void aRangeTheApiRefusesShowsAMessageNotABlankPage() throws Exception {
        browser.get(dashboard("?from=2021-09-30&to=2021-09-01"));
        await("the status line explains", () -> statusText().startsWith("cannot load:"));
        assertTrue(statusText().contains("after"), statusText());
        assertEquals("warn", browser.findElement(By.id("status")).getAttribute("class"));
        assertTrue(browser.findElement(By.tagName("h1")).isDisplayed(), "the page is still there");
        screenshot("bad-range");
    }

    private void publish(Path folder) throws Exception {
        Properties producer = ArticlePublisher.producerProperties(cluster.bootstrapServers(), cluster.registryUrl(), Map.of());
        try (ArticlePublisher publisher = ArticlePublisher.create(producer, TopicNames.DEFAULTS.rawArticles())) {
            ArticleSources.read(folder, new ArticleReader(), publisher);
            publisher.flush();
        }
    }

    private String dashboard(String query) {
        return "http://127.0.0.1:" + api.port() + "/" + query;
    }

    /** Held meetings the chart draws for one region bucket, over every day on its axis. */
    private long chartTotal(String bucket) {
        Object total = js("""
                const chart = window.Chart && Chart.getChart('perRegion');
                if (!chart) return -1;
                const set = chart.data.datasets.find((d) => d.label === arguments[0]);
                return set ? set.data.reduce((a, b) => a + b, 0) : 0;""", bucket);
        return ((Number) total).longValue();
    }

    /** The rows of a top table as "CODE N", e.g. "RU 3". */
    private List<String> tableRows(String tableId) {
        return texts("#" + tableId + " tbody tr").stream().map(row -> row.replaceAll("\\s+", " ").trim()).toList();
    }

    /** The text of each meeting in the list. */
    private List<String> listItems() {
        return texts("#meetings li");
    }

    /**
     * The text of every element a selector matches, read in one script: the dashboard redraws the list and tables
     * while it polls, so element handles kept between two WebDriver calls can go stale.
     */
    @SuppressWarnings("unchecked")
    private List<String> texts(String selector) {
        return (List<String>) js("return Array.from(document.querySelectorAll(arguments[0]), (e) => e.innerText);", selector);
    }

    /** The count the map gives one country (-1 while the map is not drawn). */
    private long mapCount(String code) {
        Object count = js("const p = document.querySelector('#map path[data-code=\"' + arguments[0] + '\"]');"
                + " return p ? Number(p.dataset.count) : -1;", code);
        return ((Number) count).longValue();
    }

    /** The hover text of one country on the map, read in one script (the map is redrawn as data arrives). */
    private String mapTitle(String code) {
        return (String) js("const t = document.querySelector('#map path[data-code=\"' + arguments[0] + '\"] title');"
                + " return t ? t.textContent : '';", code);
    }

    /** Clicks an element, finding it again if a redraw replaced it between the find and the click. */
    private void click(String selector) {
        await("click " + selector, () -> {
            browser.findElement(By.cssSelector(selector)).click();
            return true;
        });
    }

    private String listText() {
        return browser.findElement(By.id("meetings")).getText();
    }

    private String statusText() {
        return browser.findElement(By.id("status")).getText();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private void await(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> condition.getAsBoolean());
    }

    private void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Nothing the page's scripts threw or logged as an error (a missing favicon is not the page's). */
    private void assertNoScriptErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> !e.getMessage().contains("favicon.ico")).toList();
        assertFalse(errors.stream().findAny().isPresent(), "browser errors: " + errors);
    }
}
