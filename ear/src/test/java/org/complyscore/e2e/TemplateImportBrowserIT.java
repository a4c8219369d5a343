package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.complyscore.e2e.support.Browser;
import org.complyscore.e2e.support.LoginPage;
import org.complyscore.e2e.support.TestServer;
import org.complyscore.e2e.support.WebSession;
import org.complyscore.e2e.support.WebSession.Part;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * F45 as an Administrator does it: from the Templates page to the import, the NIST LOW profile with
 * the full catalog chosen, the review (149 controls), a title of one's own, the progress bar, and
 * the new template's page; then a template extended from a workbook through its page and a control
 * removed after the confirmation. Screenshots go to target/screenshots.
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

  @Test
  void anAdministratorExtendsATemplateFromAWorkbookAndRemovesAControl() throws IOException {
    // A small template to change: the sample workbook, imported over the API.
    WebSession api = new WebSession();
    api.signInAsAdmin();
    byte[] sample = api.download("api/templates/sample-workbook").body();
    String title = "Sample in the browser " + UUID.randomUUID().toString().substring(0, 8);
    var created =
        api.multipart(
            "api/templates/import/excel",
            List.of(Part.file("workbook", "sample.xlsx", sample), Part.field("title", title)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = TemplatesIT.object(created).getJsonNumber("id").longValue();

    // Its export with one control more is the extension.
    Path extension = Files.createTempFile("extension", ".xlsx");
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(
            new ByteArrayInputStream(api.download("api/templates/" + id + "/workbook").body()))) {
      Sheet families = workbook.getSheet("ControlFamily");
      Row row = families.createRow(families.getLastRowNum() + 1);
      Row first = families.getRow(1);
      for (int column = 0; column < first.getLastCellNum(); column++) {
        if (first.getCell(column) != null) {
          row.createCell(column).setCellValue(first.getCell(column).getStringCellValue());
        }
      }
      for (int column = 0; column < first.getLastCellNum(); column++) {
        String header = families.getRow(0).getCell(column).getStringCellValue();
        if (header.equals("Control")) {
          row.getCell(column).setCellValue("OUR-2");
        } else if (header.equals("Control title")) {
          row.getCell(column).setCellValue("Visitors sign in at the reception");
        } else if (header.equals("Source id")) {
          row.getCell(column).setCellValue("");
        }
      }
      try (var out = Files.newOutputStream(extension)) {
        workbook.write(out);
      }
    }

    try (Browser browser = Browser.start(1440, 1100)) {
      LoginPage.open(browser).signIn("admin", TestServer.adminPassword());
      browser.open("templates/details?id=" + id);
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("template-extend")));
      assertThat(text(browser, By.id("fact-controls"))).isEqualTo("5");

      browser
          .driver()
          .findElement(By.cssSelector("input[type='file'][id^='template-form\\:extension-file']"))
          .sendKeys(extension.toString());
      click(browser, By.id("template-form:review-extension"));
      browser
          .waiting()
          .until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.id("template-form:confirm-extension")));
      assertThat(text(browser, By.id("review-notes")))
          .contains("1 of the workbook's 6 controls are new");
      assertThat(text(browser, By.id("extension-new-controls"))).isEqualTo("1");
      assertThat(text(browser, By.id("extension-new-actions"))).isEqualTo("0");
      browser.screenshot("template-extension-review");

      click(browser, By.id("template-form:confirm-extension"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("page-messages"), "revision 2"));
      assertThat(text(browser, By.id("fact-controls"))).isEqualTo("6");
      assertThat(text(browser, By.id("fact-revision"))).isEqualTo("2");
      browser.screenshot("template-extended");

      // The sample's access control family shows the checks its MFA action listens to (F31).
      click(
          browser,
          By.xpath(
              "(//*[@id='template-form:families']//*[contains(@class,'ui-accordion-header')])[2]"));
      By checks = By.cssSelector("li[data-control='AC-2'] .cs-action-checks");
      WebElement shown =
          browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(checks));
      ((JavascriptExecutor) browser.driver())
          .executeScript("arguments[0].scrollIntoView({block: 'center'});", shown);
      assertThat(text(browser, checks))
          .isEqualTo("Tested by checks idp.legacy-sign-in-blocked, idp.mfa-enrolled · Average");
      browser.screenshot("template-action-checks");

      // Remove the new control again, after the confirmation that explains what happens.
      click(browser, By.cssSelector("#template-form\\:families .ui-accordion-header"));
      By ours = By.cssSelector("li[data-control='OUR-2'] .cs-remove-control");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(ours));
      click(browser, ours);
      browser
          .waiting()
          .until(
              ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
      // Wait for the dialog's fade-in, so that the screenshot shows it as a person does.
      browser
          .waiting()
          .until(
              driver ->
                  "1"
                      .equals(
                          driver
                              .findElement(By.cssSelector(".ui-confirm-dialog"))
                              .getCssValue("opacity")));
      assertThat(text(browser, By.cssSelector(".ui-confirm-dialog")))
          .contains("Remove control OUR-2")
          .contains("No assessment is made from it yet");
      browser.screenshot("template-remove-control-confirm");
      click(browser, By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("page-messages"), "Control OUR-2 is removed"));
      assertThat(text(browser, By.id("fact-controls"))).isEqualTo("5");
      assertThat(text(browser, By.id("fact-revision"))).isEqualTo("3");
      browser.screenshot("template-control-removed");
    } finally {
      Files.deleteIfExists(extension);
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
