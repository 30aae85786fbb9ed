package org.caq.benchmark.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (no browser download), one fresh profile per
 * user, with the steps a person takes in Camunda's webapps and a screenshot after each.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    /** The machine's fonts and the repository's CJK fonts, so that a screenshot shows every Chinese word (none installed by hand). */
    private static final Path FONTS = fontConfiguration();

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;

    Browser(String base) {
        ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("benchmark.chromium", "/usr/bin/chromium"))
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--window-size=1400,1200", "--lang=zh-CN", "--accept-lang=zh-CN,zh");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("benchmark.chromedriver", "/usr/bin/chromedriver")).toFile())
                .withEnvironment(Map.of("FONTCONFIG_FILE", FONTS.toString()))
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base;
    }

    private static Path fontConfiguration() {
        Path folder = Path.of("target", "browser-fonts").toAbsolutePath();
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve("fonts.conf"), """
                    <?xml version="1.0"?>
                    <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
                    <fontconfig>
                      <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                      <dir>%s</dir>
                      <cachedir>%s</cachedir>
                    </fontconfig>
                    """.formatted(Path.of("src", "main", "resources", "fonts").toAbsolutePath(), folder.resolve("cache")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the browser's font configuration in " + folder, e);
        }
    }

    void login(String app, String user, String password) {
        driver.get(base + "/camunda/app/" + app + "/default/");
        WebElement username = visible(By.cssSelector("input[ng-model=username]"));
        WebElement secret = driver.findElement(By.cssSelector("input[ng-model=password]"));
        // the login page focuses its user field itself once it has loaded; on a slow first load that can come after the
        // password field took the keys, which then land in the user field ("officedemo"): type until both hold theirs
        for (int attempt = 1; attempt <= 3; attempt++) {
            username.clear();
            username.sendKeys(user);
            secret.clear();
            secret.sendKeys(password);
            if (user.equals(username.getDomProperty("value")) && password.equals(secret.getDomProperty("value"))) {
                break;
            }
        }
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        // the first login after start-up loads the webapp's plugins; a loaded machine can take longer than one step's wait
        try {
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
        } catch (TimeoutException stillThere) {
            try {
                screenshot("login-failed-" + user);
            } catch (IOException unwritten) {
                stillThere.addSuppressed(unwritten);
            }
            throw new AssertionError("login of " + user + " to " + app + " did not complete; the page says: "
                    + driver.findElement(By.tagName("body")).getText(), stillThere);
        }
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** A download as the page's script would fetch it, with this browser's session: its bytes, or fails on an error. */
    byte[] download(String path) {
        Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], { credentials: 'same-origin' })"
                + ".then(r => r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))"
                + ".then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })"
                + ".catch(e => done('ERROR ' + e));", path);
        if (String.valueOf(result).startsWith("ERROR")) {
            throw new AssertionError(path + ": " + result);
        }
        return java.util.Base64.getDecoder().decode(String.valueOf(result));
    }

    /** The href of the link with this text. */
    String href(String text) {
        WebElement link = visible(By.partialLinkText(text));
        // pages set a link's address once their data has loaded
        return wait.until(d -> {
            String href = link.getDomAttribute("href");
            return href == null || href.isEmpty() ? null : href;
        });
    }

    WebElement visible(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    WebElement text(String text) {
        return visible(By.xpath("//*[normalize-space(text())='" + text + "' or normalize-space(.)='" + text + "'][not(*[normalize-space(.)='" + text + "'])]"));
    }

    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        pause();
    }

    void clickText(String text) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(text(text)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        pause();
    }

    void button(String label) {
        click(By.xpath("//button[normalize-space(.)='" + label + "']"));
    }

    WebElement field(String id) {
        return visible(By.cssSelector("[id$='Field_" + id + "']"));
    }

    /** Types into a form field until it holds the value (Camunda Forms re-renders while one types quickly). */
    void fill(String id, String value) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement input = field(id);
            input.clear();
            input.sendKeys(value);
            pause();
            if (value.equals(field(id).getDomProperty("value"))) {
                return;
            }
        }
        throw new IllegalStateException("field " + id + " does not keep the value typed into it");
    }

    /** A Camunda Forms select: open it, type to filter (or find the label in a list without search), take the first match. */
    void choose(String id, String typed) {
        WebElement group = visible(By.xpath("//*[contains(@class,'fjs-form-field')][.//*[substring(@id, string-length(@id) - string-length('Field_" + id + "') + 1)='Field_" + id + "']]//*[contains(@class,'fjs-input-group')]"));
        group.click();
        if (typed == null) {
            click(By.cssSelector(".fjs-dropdownlist-item"));
        } else if (driver.findElements(By.cssSelector("[id$='Field_" + id + "']")).stream().noneMatch(WebElement::isDisplayed)) {
            // a short list without a search box: the option is picked by its label
            click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), '" + typed + "')]"));
        } else {
            field(id).sendKeys(typed);
            click(By.cssSelector(".fjs-dropdownlist-item"));
        }
    }

    void check(String id) {
        WebElement box = field(id);
        if (!box.isSelected()) {
            box.click();
        }
    }

    void radio(String label) {
        click(By.xpath("//label[contains(normalize-space(.), '" + label + "')]"));
    }

    /** Opens a task from the list and claims it if it is not yet the user's. */
    /**
     * Clicks the task in the list whose name starts with {@code name}; every task's entry names its case after its
     * own name (worklist.TaskNames), so an entry that is only the bare name fails.
     */
    void clickTask(String name) {
        By task = By.xpath("//*[contains(@class,'tasks-list') or contains(@class,'task-list') or @cam-tasks]"
                + "//*[starts-with(normalize-space(text()), '" + name + " ')]");
        // Tasklist redraws its list when it refreshes (after a start, every few seconds): find the entry again then
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement entry = ExpectedConditions.elementToBeClickable(task).apply(d);
            if (entry == null) {
                return false;
            }
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", entry);
            entry.click();
            return true;
        });
        pause();
    }

    void openTask(String name) {
        clickTask(name);
        List<WebElement> claim = driver.findElements(By.cssSelector("button.claim"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            wait.until(ExpectedConditions.invisibilityOf(claim.get(0)));
        }
        visible(By.cssSelector(".fjs-form"));
    }

    void upload(String selectId, String kind, Path file) {
        new org.openqa.selenium.support.ui.Select(visible(By.id(selectId))).selectByValue(kind);
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("send")).click();
    }

    /**
     * The unit's sealed 推荐表 uploaded on the application's materials page, as a clerk does before recommending
     * (seed 001 §1(2)2); waits for the page to confirm it.
     */
    void uploadSealedRecommendation(String application, Path directory) throws IOException {
        // a picture the system cannot read: kept for the office to check by eye
        Path scan = Files.write(directory.resolve("推荐表.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        open("/materials.html?application=" + application);
        visible(By.id("recommendation-file")).sendKeys(scan.toAbsolutePath().toString());
        driver.findElement(By.id("recommendation-send")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "已上传 " + scan.getFileName()));
    }

    /** Sets an input's value as a user's picker would (native date inputs differ in what keys they take per locale). */
    void setValue(WebElement input, String value) {
        driver.executeScript("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, value);
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    WebDriverWait waiting() {
        return wait;
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    private static void pause() {
        try {
            Thread.sleep(400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Focuses a Tasklist filter by its name (the filter names are ours, so the same in every locale). */
    void openFilter(String name) {
        click(By.xpath("//*[contains(@class,'task-filters')]//*[contains(@class,'task-filter')]//h4//a[contains(normalize-space(.), '"
                + name + "')]"));
    }

    /** Opens a task from the focused filter's list by its id, claims it when it is not yet the user's, waits for its form. */
    void openListedTask(String taskId) {
        click(By.cssSelector(".tasks-list a[href^='#/?task=" + taskId + "']"));
        List<WebElement> claim = driver.findElements(By.cssSelector("button.claim"));
        if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
            claim.get(0).click();
            wait.until(ExpectedConditions.invisibilityOf(claim.get(0)));
        }
        visible(By.cssSelector(".fjs-form"));
    }

    /** The text of the open task's Camunda Form (without Tasklist's chrome). */
    String formText() {
        return visible(By.cssSelector(".fjs-form")).getText();
    }

    /** Ticks the option of a Camunda Forms checklist whose label contains the text. */
    void checkOption(String id, String labelContains) {
        WebElement box = visible(By.xpath("//*[contains(@class,'fjs-form-field-checklist')]//label[contains(normalize-space(.), '"
                + labelContains + "')]//input[contains(@id, 'Field_" + id + "-')]"));
        if (!box.isSelected()) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", box);
            box.click();
        }
    }

    /**
     * Types a date into a Camunda Forms date field in the format its placeholder shows (it follows the locale),
     * replacing what the form put there, and checks the date picker took it.
     */
    void date(String id, LocalDate date) {
        WebElement input = visible(By.cssSelector("[id$='Field_" + id + "-date']"));
        String pattern = input.getDomAttribute("placeholder");
        // Tasklist's forms script shows form-js's mm/dd/yyyy as 月/日/年: the same order
        String typed = (pattern == null || pattern.isBlank() ? "yyyy-mm-dd" : pattern)
                .replace("年", "yyyy").replace("月", "mm").replace("日", "dd")
                .replace("yyyy", String.valueOf(date.getYear()))
                .replace("mm", String.format("%02d", date.getMonthValue()))
                .replace("dd", String.format("%02d", date.getDayOfMonth()));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), typed, Keys.ENTER);
        driver.executeScript("arguments[0].blur()", input);
        pause();
        String shown = input.getDomProperty("value");
        if (!shown.replaceAll("\\b0", "").equals(typed.replaceAll("\\b0", ""))) {
            throw new IllegalStateException("date field " + id + " shows " + shown + " after typing " + typed);
        }
    }

    /** Clicks the task form's Complete button (enabled once the task is the user's). */
    void completeTask() {
        click(By.cssSelector("button[ng-click='complete()']"));
    }

    /** Runs a script in the page and answers its result. */
    Object run(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /** How many tabs this browser has open (a link out of a form opens one). */
    int tabs() {
        return driver.getWindowHandles().size();
    }

    /** The elements on the page now, without waiting. */
    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Tasklist's notifications, e.g. the engine's refusal of a submitted form. */
    String notifications() {
        return driver.findElements(By.cssSelector(".notifications")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + b);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
