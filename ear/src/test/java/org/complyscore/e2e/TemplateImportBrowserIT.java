package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.complyscore.e2e.support.Browser;
import org.complyscore.e2e.support.LoginPage;
import org.complyscore.e2e.support.TestServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * F45 as an Administrator does it: from the Templates page to the import, the NIST LOW profile with
 * the full catalog chosen, the review (149 controls), a title of one's own, the progress bar, and
 * the new template's page. Screenshots go to target/screenshots.
 */
class TemplateImportBrowserIT {

  @Test
  void anAdministratorImportsTheLowBaselineThroughThePages() {
    String title = "NIST LOW in the browser " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser browser = Browser.start(1440, 1100)) {
      LoginPage.open(browser).signIn("admin", TestServer.adminPassword());
      browser.open("templates/list");
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("templates-table")));
      browser.screenshot("templates-list");

      click(browser, By.id("templates:import-oscal"));
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("step-choose")));
      assertThat(text(browser, By.id("size-rule"))).contains("up to 20 MB");

      // Asked for a review without a catalog: the page says what is missing, next to the upload.
      choose(browser, "import-form:profile", TemplatesIT.LOW);
      click(browser, By.id("import-form:review"));
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("step-choose")));
      assertThat(text(browser, By.id("step-choose")))
          .contains("Choose the catalog this profile imports as well");
      browser.screenshot("template-import-catalog-missing");

      choose(browser, "import-form:catalog", TemplatesIT.CATALOG);
      choose(browser, "import-form:profile", TemplatesIT.LOW);
      browser.screenshot("template-import-choose");
      click(browser, By.id("import-form:review"));
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("step-review")));
      assertThat(text(browser, By.id("review-controls"))).isEqualTo("149");
      assertThat(text(browser, By.id("review-families"))).isEqualTo("18");
      assertThat(browser.driver().findElements(By.cssSelector("tr.cs-review-family"))).hasSize(18);
      WebElement titleField = browser.driver().findElement(By.id("import-form:title"));
      assertThat(titleField.getAttribute("value")).contains("LOW");
      titleField.clear();
      titleField.sendKeys(title);
      browser.screenshot("template-import-review");

      click(browser, By.id("import-form:confirm"));
      browser
          .waiting()
          .until(
              ExpectedConditions.or(
                  ExpectedConditions.visibilityOfElementLocated(By.id("step-importing")),
                  ExpectedConditions.visibilityOfElementLocated(By.id("step-done"))));
      if (!browser.driver().findElements(By.id("step-importing")).isEmpty()) {
        browser.screenshot("template-import-progress");
      }
      new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("step-done")));
      assertThat(text(browser, By.cssSelector("#step-done .ui-progressbar"))).contains("100");
      assertThat(text(browser, By.id("page-messages"))).contains(title).contains("is imported");
      browser.screenshot("template-import-done");

      click(browser, By.id("import-form:to-template"));
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("template-facts")));
      assertThat(text(browser, By.tagName("h1"))).isEqualTo(title);
      assertThat(text(browser, By.id("fact-controls"))).isEqualTo("149");
      assertThat(text(browser, By.id("fact-families"))).isEqualTo("18");
      browser.screenshot("template-details");

      // The first family opens with its controls, their actions and statements.
      click(browser, By.cssSelector("#template-form\\:families .ui-accordion-header"));
      browser
          .waiting()
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("li.cs-template-control")));
      click(browser, By.cssSelector("li.cs-template-control .cs-statement summary"));
      browser.screenshot("template-details-family");

      browser.open("templates/list");
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("templates-table")));
      assertThat(text(browser, By.id("templates-table"))).contains(title);
    }
  }

  /** Gives a file input the test resource's path, as choosing the file in the dialog does. */
  private static void choose(Browser browser, String uploadId, String resource) {
    WebElement input =
        browser
            .driver()
            .findElement(
                By.cssSelector("input[type='file'][id^='" + uploadId.replace(":", "\\:") + "']"));
    input.sendKeys(path(resource).toString());
  }

  private static Path path(String resource) {
    try {
      return Path.of(TemplateImportBrowserIT.class.getClassLoader().getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Browser browser, By locator) {
    return browser.driver().findElement(locator).getText().replace('\u00a0', ' ').strip();
  }

  private static void click(Browser browser, By locator) {
    WebElement element = browser.driver().findElement(locator);
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
  }
}
