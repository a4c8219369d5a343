package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complyscore.e2e.support.Actions;
import org.complyscore.e2e.support.Browser;
import org.complyscore.e2e.support.LoginPage;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.TestServer;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 5's "done when", in browsers: a Contributor finds an action in the filtered list and
 * assigns it to a colleague, who gets the mail, follows its link, implements the action and uploads
 * a PDF; an Assessor passes the test; the Overview rises by exactly the action's points, and the
 * History tab shows every step. Screenshots go to target/screenshots.
 */
class ActionWorkflowBrowserIT {

  private static final Pattern DETAILS_LINK =
      Pattern.compile("(https?://\\S+/actions/details\\?id=\\d+)");

  private static Mailbox mailbox;
  private static String alice;
  private static String bob;
  private static String carol;

  @BeforeAll
  static void people() {
    mailbox = Mailbox.start();
    alice = person("CONTRIBUTOR", "Alice Contributor");
    bob = person("CONTRIBUTOR", "Bob Colleague");
    carol = person("ASSESSOR", "Carol Assessor");
  }

  @AfterAll
  static void stopMail() {
    mailbox.close();
  }

  private static String person(String role, String name) {
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    String email = TestAccounts.uniqueEmail(name.split(" ")[0].toLowerCase());
    TestAccounts.invite(owner, email, role);
    TestAccounts.accept(mailbox.awaitInvitationLink(email), name, TestAccounts.PASSWORD);
    return email;
  }

  @Test
  void anActionIsAssignedImplementedWithEvidencePassedAndTheScoreRisesByItsPoints()
      throws Exception {
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    Actions actions = new Actions(owner);
    JsonObject action = actions.untouched("TECHNICAL");
    String title = action.getString("title");
    int points = action.getInt("points");
    BigDecimal before = actions.achieved();

    try (Browser browser = Browser.start(1440, 1000)) {
      LoginPage.open(browser).signIn(alice, TestAccounts.PASSWORD);
      browser.driver().findElement(By.id("nav-actions")).click();
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("actions-form:actions")));
      browser.screenshot("actions-list");
      browser.driver().findElement(By.id("actions-form:q")).sendKeys(title);
      browser.driver().findElement(By.id("actions-form:apply")).click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("list-title"), "1 improvement action"));
      assertThat(browser.driver().getCurrentUrl()).contains("q=");
      browser.screenshot("actions-list-filtered");
      browser.driver().findElement(By.linkText(title)).click();
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary-title")));
      assertThat(browser.driver().findElement(By.id("scope-note")).getText())
          .contains("one state for the whole organization");
      assertThat(browser.driver().findElement(By.id("impact")).getText()).contains("+" + points);

      choose(browser, "details-form:tabs:assignee", "Bob", "Bob Colleague");
      click(browser, By.id("details-form:tabs:save-assignee"));
      awaitMessage(browser, "Assigned to Bob Colleague");
      browser.screenshot("action-assigned");
    }

    // The first mail to Bob is his invitation.
    MimeMessage mail = mailbox.awaitMails(bob, 2, Duration.ofSeconds(30)).get(1);
    assertThat(mail.getSubject())
        .contains("Alice Contributor assigned an improvement action to you");
    String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    Matcher link = DETAILS_LINK.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    assertThat(link.group(1)).startsWith(TestServer.base().toString());

    Path pdf = Files.createTempFile("evidence", ".pdf");
    Files.write(
        pdf,
        "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    try (Browser browser = Browser.start(1440, 1000)) {
      LoginPage.open(browser).signIn(bob, TestAccounts.PASSWORD);
      browser.driver().get(link.group(1));
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary-title")));
      assertThat(browser.driver().findElement(By.id("assignee-name")).getText())
          .isEqualTo("Bob Colleague");

      selectOne(browser, "details-form:tabs:implementation-status", "Implemented");
      WebElement date =
          browser.driver().findElement(By.id("details-form:tabs:implementation-date_input"));
      date.sendKeys(LocalDate.now().toString());
      browser
          .driver()
          .findElement(By.id("details-form:tabs:implementation-notes"))
          .sendKeys("Rolled out to every server.");
      browser.screenshot("action-implementing");
      click(browser, By.id("details-form:tabs:save-implementation"));
      awaitMessage(browser, "The implementation is saved");
      assertThat(browser.driver().findElement(By.id("implementation-status")).getText())
          .isEqualTo("Implemented");

      click(browser, By.linkText("Evidence (0)"));
      WebElement file =
          browser
              .driver()
              .findElement(By.cssSelector("[id='details-form:tabs:upload'] input[type=file]"));
      file.sendKeys(pdf.toString());
      browser
          .waiting()
          .until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("[id='details-form:tabs:upload'] .ui-fileupload-upload")))
          .click();
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("details-form:tabs:evidence"), pdf.getFileName().toString()));
      browser.screenshot("action-evidence-uploaded");
    }

    try (Browser browser = Browser.start(1440, 1000)) {
      LoginPage.open(browser).signIn(carol, TestAccounts.PASSWORD);
      browser.driver().get(link.group(1));
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary-title")));
      selectOne(browser, "details-form:tabs:test-status", "Passed");
      browser
          .driver()
          .findElement(By.id("details-form:tabs:test-date_input"))
          .sendKeys(LocalDate.now().toString());
      click(browser, By.id("details-form:tabs:save-test"));
      awaitMessage(browser, "The test result is saved");
      assertThat(browser.driver().findElement(By.id("test-status")).getText()).isEqualTo("Passed");
      assertThat(browser.driver().findElement(By.id("points")).getText())
          .startsWith(points + " / " + points);

      click(browser, By.linkText("History"));
      String history =
          browser
              .waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(By.id("details-form:tabs:history")))
              .getText();
      assertThat(history)
          .contains("Assigned to")
          .contains("Bob Colleague")
          .contains("Alice Contributor")
          .contains("Implementation status")
          .contains("Implemented")
          .contains("Evidence")
          .contains(pdf.getFileName().toString())
          .contains("Test status")
          .contains("Passed")
          .contains("Carol Assessor");
      browser.screenshot("action-history");

      click(browser, By.id("nav-overview"));
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("score-points")));
      BigDecimal after = actions.achieved();
      assertThat(after).isEqualByComparingTo(before.add(BigDecimal.valueOf(points)));
      assertThat(browser.driver().findElement(By.id("score-points")).getText())
          .startsWith(new java.text.DecimalFormat("#,##0.##").format(after) + " of ");
      browser.screenshot("overview-after-pass");
    }
  }

  @Test
  void theListGroupedBySolutionShowsAHeaderPerSolutionWithItsPoints() {
    try (Browser browser = Browser.start(1440, 1000)) {
      LoginPage.open(browser).signIn(alice, TestAccounts.PASSWORD);
      browser.open("actions/list?groupBy=SOLUTION&passed=true");
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cs-group-header")));
      var headers = browser.driver().findElements(By.cssSelector(".cs-group-header"));
      assertThat(headers).isNotEmpty();
      assertThat(headers.get(0).getText())
          .containsPattern("\\d+ actions? shown · [\\d,.]+ of [\\d,]+ points achieved");
      assertThat(browser.driver().findElement(By.id("actions-form:groupBy_label")).getText())
          .isEqualTo("Solution");
      ((org.openqa.selenium.JavascriptExecutor) browser.driver())
          .executeScript("document.getElementById('list-title').scrollIntoView();");
      browser.screenshot("actions-grouped-by-solution");
    }
  }

  private static void click(Browser browser, By locator) {
    browser.click(locator);
  }

  private static void awaitMessage(Browser browser, String text) {
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), text));
  }

  private static void selectOne(Browser browser, String id, String label) {
    browser.selectOne(id, label);
  }

  /** PrimeFaces' autocomplete: type, then click the suggestion. */
  private static void choose(Browser browser, String id, String typed, String label) {
    WebElement input = browser.driver().findElement(By.id(id + "_input"));
    input.clear();
    input.sendKeys(typed);
    browser
        .waiting()
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//*[@id='"
                        + id
                        + "_panel']//tr[contains(@class,'ui-autocomplete-item') and contains(., '"
                        + label
                        + "')]")))
        .click();
  }
}
