package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complyscore.e2e.support.Actions.json;
import static org.complyscore.e2e.support.Actions.jsonArray;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complyscore.e2e.support.Actions;
import org.complyscore.e2e.support.Browser;
import org.complyscore.e2e.support.LoginPage;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.TestAccounts.Account;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Alerts in browsers: the Owner defines a test-status policy on the settings page, an Assessor
 * fails an action's test, the recipient's mail links to the alert, and a Contributor who opens that
 * link starts investigating it and resolves it in the list. Screenshots go to target/screenshots.
 */
class AlertsBrowserIT {

  private static final Pattern ALERT_LINK =
      Pattern.compile("https?://\\S+/(alerts/list\\?alert=\\d+)");

  private static Mailbox mailbox;
  private static Account contributor;
  private static WebSession assessor;
  private static WebSession owner;

  @BeforeAll
  static void people() {
    mailbox = Mailbox.start();
    contributor = TestAccounts.create(mailbox, "CONTRIBUTOR");
    assessor = TestAccounts.create(mailbox, "ASSESSOR").signedIn();
    owner = new WebSession();
    owner.signInAsAdmin();
  }

  @AfterAll
  static void stopMail() {
    mailbox.close();
  }

  @Test
  void aPolicyDefinedOnThePageRaisesAnAlertThatIsTriagedInTheList() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String name = "Browser policy " + run;
    String soc = TestAccounts.uniqueEmail("browser-soc");
    Long policyId = null;
    try {
      try (Browser browser = Browser.start(1440, 1000)) {
        LoginPage.open(browser)
            .signIn("admin", org.complyscore.e2e.support.TestServer.adminPassword());
        browser.click(By.id("nav-alert-policies"));
        browser
            .waiting()
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.id("policies-form:new-policy")));
        browser.click(By.id("policies-form:new-policy"));
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("policy-form:name")));
        browser.driver().findElement(By.id("policy-form:name")).sendKeys(name);
        browser.selectOne("policy-form:condition", "Test status change");
        browser.driver().findElement(By.id("policy-form:recipient-emails")).sendKeys(soc);
        browser.screenshot("alert-policy-dialog");
        browser.click(By.id("policy-form:save"));
        browser
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("policies-form:policies"), name));
        assertThat(browser.driver().findElement(By.id("page-messages")).getText())
            .contains("The alert policy \"" + name + "\" is saved.");
        browser.screenshot("alert-policies");
      }
      policyId =
          jsonArray(owner.get("api/alert-policies")).stream()
              .map(JsonValue::asJsonObject)
              .filter(policy -> policy.getString("name").equals(name))
              .findFirst()
              .orElseThrow()
              .getJsonNumber("id")
              .longValue();

      Actions actions = new Actions(assessor);
      JsonObject action = actions.untouched("TECHNICAL");
      long stateId = action.getJsonNumber("stateId").longValue();
      HttpResponse<String> implemented =
          actions.implement(
              stateId,
              action.getJsonNumber("version").longValue(),
              "IMPLEMENTED",
              LocalDate.now().toString());
      HttpResponse<String> failed =
          actions.test(
              stateId,
              json(implemented).getJsonNumber("version").longValue(),
              "FAILED_MEDIUM_RISK");
      assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);

      MimeMessage mail = mailbox.awaitMails(soc, 1, Duration.ofSeconds(30)).get(0);
      String body = GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
      Matcher link = ALERT_LINK.matcher(body);
      assertThat(link.find()).as(body).isTrue();

      try (Browser browser = Browser.start(1440, 1000)) {
        LoginPage.open(browser).signIn(contributor.email(), TestAccounts.PASSWORD);
        browser.open(link.group(1));
        browser
            .waiting()
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("selected-title")));
        assertThat(browser.driver().findElement(By.id("selected-title")).getText())
            .contains("Medium")
            .contains(name);
        assertThat(browser.driver().findElement(By.id("alerts-form:selected")).getText())
            .contains(action.getString("title"))
            .contains("Failed (medium risk)")
            .contains("Active");
        browser.screenshot("alert-from-mail");

        browser.click(By.id("alerts-form:selected-investigate"));
        browser
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("page-messages"), "is now Investigating"));
        assertThat(browser.driver().findElement(By.id("alerts-form:selected")).getText())
            .contains("Investigating")
            .contains("Test CONTRIBUTOR");
        // The list below shows the policy's alerts; resolve it there.
        browser.click(By.cssSelector("[id^='alerts-form:alerts:'][id$=':resolve']"));
        browser
            .waiting()
            .until(
                ExpectedConditions.textToBePresentInElementLocated(
                    By.id("page-messages"), "is now Resolved"));
        assertThat(browser.driver().findElement(By.id("alerts-form:alerts")).getText())
            .contains("Resolved")
            .contains(action.getString("title"))
            .doesNotContain("Investigating");
        browser.screenshot("alerts-list");
      }
      JsonObject alert =
          json(owner.get("api/alerts?policy=" + policyId)).getJsonArray("rows").getJsonObject(0);
      assertThat(alert.getString("status")).isEqualTo("RESOLVED");
      assertThat(alert.getString("statusChangedBy")).isEqualTo("Test CONTRIBUTOR");
    } finally {
      if (policyId != null) {
        assertThat(owner.json("DELETE", "api/alert-policies/" + policyId, null).statusCode())
            .isEqualTo(204);
      }
    }
  }
}
