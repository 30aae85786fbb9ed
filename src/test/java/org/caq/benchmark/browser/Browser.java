package org.caq.benchmark.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
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
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        this.base = base;
    }

    void login(String app, String user, String password) {
        driver.get(base + "/camunda/app/" + app + "/default/");
        visible(By.cssSelector("input[ng-model=username]")).sendKeys(user);
        driver.findElement(By.cssSelector("input[ng-model=password]")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model=username]")));
    }

    void open(String path) {
        driver.get(base + path);
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

    /** A Camunda Forms select: open it, type to filter, take the first match. */
    void choose(String id, String typed) {
        WebElement group = visible(By.xpath("//*[contains(@class,'fjs-form-field')][.//*[substring(@id, string-length(@id) - string-length('Field_" + id + "') + 1)='Field_" + id + "']]//*[contains(@class,'fjs-input-group')]"));
        group.click();
        if (typed != null) {
            field(id).sendKeys(typed);
        }
        click(By.cssSelector(".fjs-dropdownlist-item"));
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
    void openTask(String name) {
        clickText(name);
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

    @Override
    public void close() {
        driver.quit();
    }
}
