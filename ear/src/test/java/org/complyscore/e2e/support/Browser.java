package org.complyscore.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the machine's packages (never downloaded), driven by its chromedriver,
 * with the flags this workplace's closed network needs and a fresh profile each time.
 */
public final class Browser implements AutoCloseable {

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static Browser start(int width, int height) {
    try {
      Path profile = Files.createTempDirectory("complyscore-chromium");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(TestServer.setting("it.chromium"));
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--user-data-dir=" + profile,
          "--window-size=" + width + "," + height);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(
                  Path.of(TestServer.setting("webdriver.chrome.driver")).toFile())
              .build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(width, height));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  public void open(String path) {
    driver.get(TestServer.url(path).toString());
  }

  /** Clicks an element after scrolling it to the middle, clear of the sticky header. */
  public void click(By locator) {
    WebElement element = driver.findElement(locator);
    ((JavascriptExecutor) driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /**
   * PrimeFaces' select: open it and click the item. The overlay opens with an animation that a
   * headless browser's click can race, so a click that did not take is tried again.
   */
  public void selectOne(String id, String label) {
    By item =
        By.cssSelector(
            "[id='" + id + "_items'] li.ui-selectonemenu-item[data-label='" + label + "']");
    for (int attempt = 1; ; attempt++) {
      click(By.id(id));
      waiting().until(ExpectedConditions.visibilityOfElementLocated(item));
      try {
        waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        new WebDriverWait(driver, Duration.ofSeconds(3))
            .until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
        return;
      } catch (TimeoutException | ElementNotInteractableException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  public void resize(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Saves what the user sees now as target/screenshots/{name}.png, for a person to look at. */
  public Path screenshot(String name) {
    try {
      Path folder = Path.of(TestServer.setting("it.screenshots"));
      Files.createDirectories(folder);
      Path file = folder.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A temporary profile left behind is harmless.
    }
  }
}
