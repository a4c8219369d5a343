package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.complyscore.e2e.support.Browser;
import org.complyscore.e2e.support.LoginPage;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The create-assessment wizard (F42) and the assessment pages (F40, F41) in a browser, as an
 * Assessor: the built-in baseline's template is assessed again in a new group that starts from the
 * Default group's work; the group rule is shown at the field that breaks it; the details show the
 * controls by family; the assessment is deleted with its name typed, and the score is as before.
 */
class AssessmentWizardBrowserIT {

  private static final String BASELINE = "Data Protection Baseline";

  private static Mailbox mailbox;

  @BeforeAll
  static void startMail() {
    mailbox = Mailbox.start();
  }

  @AfterAll
  static void stopMail() {
    mailbox.close();
  }

  @Test
  void anAssessorCreatesAnAssessmentInANewGroupSeesItsControlsAndDeletesIt() {
    TestAccounts.Account assessor = TestAccounts.create(mailbox, "ASSESSOR");
    WebSession api = assessor.signedIn();
    JsonObject scoreBefore = object(api.get("api/score"));
    String run = UUID.randomUUID().toString().substring(0, 6);
    String name = "Baseline 2027 " + run;
    String group = "Wizard group " + run;

    try (Browser browser = Browser.start(1440, 1100)) {
      createSeeAndDelete(browser, api, assessor, name, group);
    } finally {
      // A failure half-way must not leave the assessment behind: other tests expect the baseline
      // alone.
      deleteIfLeft(name);
    }

    assertThat(api.get("api/assessments").body()).doesNotContain(name).doesNotContain(group);
    JsonObject scoreAfter = object(api.get("api/score"));
    assertThat(scoreAfter.getJsonNumber("achievablePoints").longValue())
        .isEqualTo(scoreBefore.getJsonNumber("achievablePoints").longValue());
  }

  private static void createSeeAndDelete(
      Browser browser, WebSession api, TestAccounts.Account assessor, String name, String group) {
    LoginPage.open(browser).signIn(assessor.email(), TestAccounts.PASSWORD);

    // The group rule first: the baseline again in the Default group is refused at the group.
    browser.open("assessments/create");
    browser.selectOne("create:template", templateLabel(api));
    browser.click(By.id("create:next-1"));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("create:name")));
    assertThat(browser.driver().findElement(By.id("create:name")).getAttribute("value"))
        .isEqualTo(BASELINE);
    browser.click(By.cssSelector("label[for='create:group-kind:1']"));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("create:group")));
    browser.selectOne("create:group", "Default group");
    browser.click(By.id("create:next-2"));
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("create:create-button")));
    browser.click(By.id("create:create-button"));
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("create:step-group"),
                "a group holds one assessment per product and regulation"));
    browser.screenshot("wizard-group-rule");

    // Then a new group that starts from the Default group's work.
    browser.click(By.cssSelector("label[for='create:group-kind:0']"));
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("create:new-group")));
    browser.driver().findElement(By.id("create:name")).clear();
    browser.driver().findElement(By.id("create:name")).sendKeys(name);
    browser.driver().findElement(By.id("create:new-group")).sendKeys(group);
    browser.click(By.cssSelector("[id='create:copy'] .ui-chkbox-box"));
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("create:copy-from")));
    browser.selectOne("create:copy-from", "Default group");
    browser.click(By.id("create:next-2"));
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("review")));
    assertThat(browser.driver().findElement(By.id("review-controls")).getText()).isEqualTo("287");
    assertThat(browser.driver().findElement(By.id("review-group")).getText())
        .isEqualTo(group + " (new)");
    browser.screenshot("wizard-review");
    browser.click(By.id("create:create-button"));

    browser.waiting().until(ExpectedConditions.titleContains(name));
    assertThat(browser.driver().findElement(By.id("group")).getText()).isEqualTo(group);
    browser.click(By.xpath("//a[contains(., 'Controls')]"));
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("details.cs-control")));
    assertThat(browser.driver().findElements(By.cssSelector("details.cs-control"))).hasSize(287);
    assertThat(browser.driver().findElements(By.cssSelector("section.cs-family"))).hasSize(18);
    browser.click(By.cssSelector("details.cs-control[data-control='AC-2'] summary"));
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector("details.cs-control[data-control='AC-2'] ul"))
                .getText())
        .contains("AC-2 Account Management");
    browser.screenshot("assessment-controls");

    JsonArray listed = array(api.get("api/assessments"));
    JsonObject row = find(listed, name);
    long id = row.getJsonNumber("id").longValue();
    assertThat(row.getString("group")).isEqualTo(group);
    assertThat(object(api.get("api/score")).getJsonArray("byAssessment").toString()).contains(name);

    // Delete for good: the name must be typed.
    browser.click(By.id("assessment:delete"));
    browser
        .waiting()
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("delete-form:confirmation")));
    browser.driver().findElement(By.id("delete-form:confirmation")).sendKeys("not the name");
    browser.click(By.id("delete-form:confirm-delete"));
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("delete-form"), "Type the assessment's name exactly"));
    assertThat(api.get("api/assessments/" + id).statusCode()).isEqualTo(200);
    browser.screenshot("assessment-delete-refused");
    // The refusal keeps the dialog open: the name is typed again in it.
    browser.driver().findElement(By.id("delete-form:confirmation")).clear();
    browser.driver().findElement(By.id("delete-form:confirmation")).sendKeys(name);
    browser.click(By.id("delete-form:confirm-delete"));
    browser.waiting().until(ExpectedConditions.titleContains("Assessments"));
    assertThat(browser.driver().findElement(By.id("page-messages")).getText())
        .contains("was deleted");
    browser.screenshot("assessment-deleted");
  }

  private static void deleteIfLeft(String name) {
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    array(owner.get("api/assessments")).stream()
        .map(v -> v.asJsonObject())
        .filter(row -> row.getString("name").equals(name))
        .forEach(
            row ->
                owner.json(
                    "DELETE",
                    "api/assessments/"
                        + row.getJsonNumber("id")
                        + "?confirm="
                        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                            .replace("+", "%20"),
                    null));
  }

  /** The wizard's label of the baseline's template: title, regulation and its controls. */
  private static String templateLabel(WebSession api) {
    JsonObject baseline = find(array(api.get("api/templates")), BASELINE);
    return BASELINE
        + " — "
        + baseline.getString("regulation")
        + " ("
        + baseline.getJsonNumber("controls").longValue()
        + " controls)";
  }

  private static JsonObject find(JsonArray rows, String nameOrTitle) {
    return rows.stream()
        .map(v -> v.asJsonObject())
        .filter(
            o ->
                nameOrTitle.equals(o.getString("name", null))
                    || nameOrTitle.equals(o.getString("title", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError(nameOrTitle + " is not listed"));
  }

  private static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
