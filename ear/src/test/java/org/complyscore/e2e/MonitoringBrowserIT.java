package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complyscore.e2e.support.Actions.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.complyscore.e2e.support.Actions;
import org.complyscore.e2e.support.AutomatedBaseline;
import org.complyscore.e2e.support.Browser;
import org.complyscore.e2e.support.LoginPage;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.TestAccounts.Account;
import org.complyscore.e2e.support.TestServer;
import org.complyscore.e2e.support.TokenClient;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Settings › Monitoring and the Testing tab in a browser (F31, F50): an Administrator makes an API
 * token (its secret shown once), sees it used, and revokes it through the confirmation; reads an
 * automated action's checks on its Testing tab; and the Owner switches automation off for all
 * actions and on again. What the switch changed on the baseline is put back. Screenshots go to
 * target/screenshots.
 */
class MonitoringBrowserIT {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

  private static Mailbox mailbox;
  private static Account administrator;

  @BeforeAll
  static void people() {
    mailbox = Mailbox.start();
    administrator = TestAccounts.create(mailbox, "ADMINISTRATOR");
  }

  @AfterAll
  static void stopMail() {
    mailbox.close();
  }

  @Test
  void anAdministratorMakesATokenSeesItOnceRevokesItAndReadsAnActionsChecks() {
    WebSession admin = administrator.signedIn();
    String name = "browser collector " + RUN;

    try (Browser browser = Browser.start(1440, 1000)) {
      LoginPage.open(browser).signIn(administrator.email(), TestAccounts.PASSWORD);
      browser.click(By.id("nav-monitoring"));
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("token-form")));
      // Only the Owner switches automation for all actions.
      assertThat(browser.driver().findElements(By.id("automation-form:automation-all-off")))
          .isEmpty();
      assertThat(browser.driver().findElement(By.id("automation-form")).getText())
          .contains("Only the Owner switches automation for all actions at once.");

      browser.driver().findElement(By.id("token-form:token-name")).sendKeys(name);
      browser.click(By.id("token-form:create-token"));
      WebElement shown =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("token-secret")));
      String secret = shown.getText().strip();
      assertThat(secret).startsWith("cst_").hasSizeGreaterThanOrEqualTo(40);
      assertThat(browser.driver().findElement(By.id("token-secret-panel")).getText())
          .contains("This is the only time the token \"" + name + "\" is shown");
      assertThat(row(browser, name).getText()).contains("signals:write").contains("Active");
      browser.screenshot("monitoring-token-created");

      // The token is what a machine uses: it posts a signal.
      HttpResponse<String> posted =
          new TokenClient(secret)
              .postJson(
                  "api/signals",
                  "{\"checkId\":\"it.browser."
                      + RUN
                      + "\",\"resourceId\":\"browser\",\"result\":\"pass\",\"observedAt\":\""
                      + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                      + "\"}");
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);

      // Opened again, the page shows the use and never the secret.
      browser.open("settings/monitoring");
      browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("tokens-form")));
      assertThat(browser.driver().findElements(By.id("token-secret"))).isEmpty();
      assertThat(browser.driver().getPageSource()).doesNotContain(secret);
      assertThat(row(browser, name).getText()).doesNotContain("never");

      // Revoke, through the confirmation.
      browser.click(By.xpath(rowXpath(name) + "//button[contains(@id, ':revoke')]"));
      WebElement confirm =
          browser
              .waiting()
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector(".ui-confirm-dialog")));
      assertThat(confirm.getText()).contains("Revoke this token?");
      // It fades in: the picture is taken once it is there in full.
      browser
          .waiting()
          .until(
              driver ->
                  "1"
                      .equals(
                          String.valueOf(
                              ((org.openqa.selenium.JavascriptExecutor) driver)
                                  .executeScript(
                                      "return getComputedStyle(arguments[0]).opacity;", confirm))));
      browser.screenshot("monitoring-token-revoke-confirm");
      browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("page-messages"), "The token \"" + name + "\" is revoked."));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.xpath(rowXpath(name)), "Revoked"));
      assertThat(browser.driver().findElements(By.xpath(rowXpath(name) + "//button"))).isEmpty();
      browser.screenshot("monitoring-token-revoked");
      assertThat(new TokenClient(secret).get("api/automation").statusCode()).isEqualTo(401);

      // An automated action's Testing tab lists the checks it listens to.
      Actions actions = new Actions(admin);
      long stateId =
          actions.rowByTitle(AutomatedBaseline.SC_8).getJsonNumber("stateId").longValue();
      JsonObject testing = json(admin.get("api/automation/actions/" + stateId));
      browser.open("actions/details?id=" + stateId);
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary-title")));
      browser.click(By.linkText("Testing"));
      WebElement checks =
          browser
              .waiting()
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("check-list")));
      assertThat(checks.findElements(By.tagName("li")))
          .extracting(WebElement::getText)
          .containsExactlyInAnyOrder("web.tls", "web.hsts")
          .containsExactlyElementsOf(
              testing.getJsonArray("checkIds").getValuesAs(jakarta.json.JsonString::getString));
      assertThat(browser.driver().findElement(By.id("automation-state")).getText())
          .startsWith(testing.getBoolean("automated") ? "On:" : "Off:");
      String results =
          browser.driver().findElement(By.id("details-form:tabs:check-results")).getText();
      if (testing.getJsonArray("results").isEmpty()) {
        assertThat(results).contains("No signal has come for these checks yet.");
      } else {
        assertThat(results)
            .contains(testing.getJsonArray("results").getJsonObject(0).getString("detail"));
      }
      // An Administrator may switch this action and edit its logic.
      assertThat(browser.driver().findElements(By.id("details-form:tabs:check-ids"))).hasSize(1);
      browser.screenshot("action-testing-tab");
    }
  }

  @Test
  void theOwnerSwitchesAutomationOffForAllActionsAndOnAgain() {
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    Actions actions = new Actions(owner);
    BigDecimal scoreBefore = actions.achieved();
    JsonObject statusBefore = json(owner.get("api/automation"));
    assertThat(statusBefore.getBoolean("automationOn")).as("automation is on by default").isTrue();
    Map<Long, JsonObject> before = snapshot(owner, actions);

    Throwable failure = null;
    try (Browser browser = Browser.start(1440, 1000)) {
      LoginPage.open(browser).signIn("admin", TestServer.adminPassword());
      browser.click(By.id("nav-monitoring"));
      browser
          .waiting()
          .until(ExpectedConditions.visibilityOfElementLocated(By.id("automation-all-state")));
      assertThat(browser.driver().findElement(By.id("automation-all-state")).getText())
          .startsWith("Automation is on for all actions");
      browser.screenshot("monitoring-automation-on");

      browser.click(By.id("automation-form:automation-all-off"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("page-messages"),
                  "Automation is off for "
                      + statusBefore.getJsonNumber("automatedStates")
                      + " action states."));
      assertThat(browser.driver().findElement(By.id("automation-all-state")).getText())
          .startsWith("Automation is off for all actions");
      JsonObject off = json(owner.get("api/automation"));
      assertThat(off.getBoolean("automationOn")).isFalse();
      assertThat(off.getJsonNumber("automatedStates").longValue()).isZero();
      browser.screenshot("monitoring-automation-off");

      browser.click(By.id("automation-form:automation-all-on"));
      browser
          .waiting()
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("page-messages"), "Automation is on for "));
      assertThat(browser.driver().findElement(By.id("automation-all-state")).getText())
          .startsWith("Automation is on for all actions");
      JsonObject on = json(owner.get("api/automation"));
      assertThat(on.getBoolean("automationOn")).isTrue();
      // Every state of an action with testing logic is automated again, also those that were not.
      assertThat(on.getJsonNumber("automatedStates").longValue())
          .isGreaterThanOrEqualTo(statusBefore.getJsonNumber("automatedStates").longValue())
          .isGreaterThanOrEqualTo(AutomatedBaseline.TITLES.size());
      for (String title : AutomatedBaseline.TITLES) {
        assertThat(actions.rowByTitle(title).getString("testingSource"))
            .as(title)
            .isEqualTo("AUTOMATIC");
      }
      browser.screenshot("monitoring-automation-on-again");
    } catch (Throwable t) {
      failure = t;
      throw t;
    } finally {
      try {
        putBack(owner, actions, before);
        assertThat(json(owner.get("api/automation")).getBoolean("automationOn")).isTrue();
        assertThat(actions.achieved())
            .as("the score after putting the states back")
            .isEqualByComparingTo(scoreBefore);
      } catch (Throwable cleanup) {
        if (failure == null) {
          throw cleanup;
        }
        failure.addSuppressed(cleanup);
      }
    }
  }

  /**
   * The states the Owner's switch can touch: the automated baseline actions' and every state
   * automated now, by id.
   */
  private static Map<Long, JsonObject> snapshot(WebSession owner, Actions actions) {
    Set<Long> ids = new LinkedHashSet<>();
    for (String title : AutomatedBaseline.TITLES) {
      ids.add(actions.rowByTitle(title).getJsonNumber("stateId").longValue());
    }
    ids.addAll(automatedNow(owner));
    Map<Long, JsonObject> states = new LinkedHashMap<>();
    ids.forEach(id -> states.put(id, actions.details(id)));
    return states;
  }

  private static Set<Long> automatedNow(WebSession session) {
    Set<Long> ids = new LinkedHashSet<>();
    HttpResponse<String> automated =
        session.get("api/actions?source=AUTOMATIC&passed=true&size=500");
    assertThat(automated.statusCode()).as(automated.body()).isEqualTo(200);
    for (JsonValue row : json(automated).getJsonArray("rows")) {
      ids.add(row.asJsonObject().getJsonNumber("stateId").longValue());
    }
    return ids;
  }

  /**
   * Puts every state back as it was: states the switch automated that were tested by people go back
   * to manual testing, and the implementation and test they had (monitoring may have tested them
   * with the signals stored before).
   */
  private static void putBack(WebSession owner, Actions actions, Map<Long, JsonObject> before) {
    Set<Long> unknown = new LinkedHashSet<>(automatedNow(owner));
    unknown.removeAll(before.keySet());
    assertThat(unknown).as("states automated that were not looked at before").isEmpty();
    before.forEach(
        (id, then) -> {
          JsonObject now = actions.details(id);
          if (!now.getString("testingSource").equals(then.getString("testingSource"))) {
            boolean automate = then.getString("testingSource").equals("AUTOMATIC");
            HttpResponse<String> switched =
                owner.json(
                    "PUT", "api/automation/actions/" + id + "/switch", "{\"on\":" + automate + "}");
            assertThat(switched.statusCode()).as(switched.body()).isEqualTo(200);
            now = actions.details(id);
          }
          if (!now.getString("implementationStatus").equals(then.getString("implementationStatus"))
              || !now.getString("testStatus").equals(then.getString("testStatus"))) {
            HttpResponse<String> implementation =
                owner.json(
                    "PUT",
                    "api/actions/" + id + "/implementation",
                    "{\"version\":"
                        + now.getJsonNumber("version")
                        + ",\"status\":\""
                        + then.getString("implementationStatus")
                        + "\""
                        + (then.containsKey("implementationDate")
                                && !then.isNull("implementationDate")
                            ? ",\"date\":\"" + then.getString("implementationDate") + "\""
                            : "")
                        + ",\"notes\":\"Put back by MonitoringBrowserIT.\"}");
            assertThat(implementation.statusCode()).as(implementation.body()).isEqualTo(200);
            now = json(implementation);
            // A person's test result; an automated one comes back with the switch.
            if (then.getString("testingSource").equals("MANUAL")
                && !then.getString("testStatus").equals("NONE")
                && !now.getString("testStatus").equals(then.getString("testStatus"))) {
              HttpResponse<String> test =
                  owner.json(
                      "PUT",
                      "api/actions/" + id + "/test",
                      "{\"version\":"
                          + now.getJsonNumber("version")
                          + ",\"status\":\""
                          + then.getString("testStatus")
                          + "\",\"notes\":\"Put back by MonitoringBrowserIT.\"}");
              assertThat(test.statusCode()).as(test.body()).isEqualTo(200);
              now = json(test);
            }
          }
          for (String field :
              new String[] {"testingSource", "implementationStatus", "testStatus"}) {
            assertThat(now.getString(field))
                .as("%s of state %s", field, id)
                .isEqualTo(then.getString(field));
          }
        });
  }

  private static String rowXpath(String name) {
    return "//tbody[@id='tokens-form:tokens_data']/tr[td[normalize-space(.)='" + name + "']]";
  }

  private static WebElement row(Browser browser, String name) {
    return browser.driver().findElement(By.xpath(rowXpath(name)));
  }
}
