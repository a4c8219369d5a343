package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.complyscore.e2e.support.Browser;
import org.complyscore.e2e.support.LoginPage;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 6's "done when", in a browser: the Overview shows the score, key actions, solutions and
 * both breakdowns; a filter applied by AJAX changes every panel to what {@code GET /api/score}
 * gives for the same filter; the filter survives sign-out and sign-in; removing its chip brings the
 * whole score back. Each test signs in as a person of its own, because the filter is kept per
 * person and other tests read the administrator's unfiltered Overview. Screenshots go to
 * target/screenshots.
 */
class OverviewBrowserIT {

  private static final DecimalFormat POINTS =
      new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));

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
  void aCategoryFilterChangesEveryPanelSurvivesSignInAndItsChipRemovesIt() {
    TestAccounts.Account reader = TestAccounts.create(mailbox, "READER");
    WebSession api = reader.signedIn();
    JsonObject whole = json(api.get("api/score"));
    JsonObject category = largestCategory(whole);
    long categoryId = category.getJsonNumber("id").longValue();
    String categoryName = category.getString("name");
    JsonObject filtered = json(api.get("api/score?category=" + categoryId));
    assertThat(filtered.getJsonNumber("achievablePoints").longValue())
        .isEqualTo(category.getJsonNumber("achievablePoints").longValue())
        .isLessThan(whole.getJsonNumber("achievablePoints").longValue());

    try (Browser browser = Browser.start(1440, 1100)) {
      LoginPage.open(browser).signIn(reader.email(), TestAccounts.PASSWORD);
      assertPanelsShow(browser, whole);
      assertThat(text(browser, By.cssSelector("#score-filter .cs-chips")))
          .contains("No filter applied");
      browser.screenshot("overview");

      tick(browser, "overview:category", categoryName);
      click(browser, By.id("overview:apply-filter"));
      awaitPoints(browser, filtered);
      assertPanelsShow(browser, filtered);
      assertThat(chips(browser)).containsExactly("Categories: " + categoryName);
      assertThat(rows(browser, "by-category-table")).hasSize(1);
      browser.screenshot("overview-filtered-by-category");

      browser.driver().findElement(By.id("account:sign-out")).click();
      LoginPage.shown(browser).signIn(reader.email(), TestAccounts.PASSWORD);
      assertThat(chips(browser)).containsExactly("Categories: " + categoryName);
      assertPanelsShow(browser, filtered);
      browser.screenshot("overview-filter-restored-after-sign-in");

      click(browser, By.cssSelector(".cs-chip-remove"));
      awaitPoints(browser, whole);
      assertThat(chips(browser)).isEmpty();
      assertPanelsShow(browser, json(api.get("api/score")));
      browser.screenshot("overview-chip-removed");
    }
  }

  @Test
  void twoFiltersCombineAndClearFiltersBringsTheWholeScoreBack() {
    TestAccounts.Account reader = TestAccounts.create(mailbox, "READER");
    WebSession api = reader.signedIn();
    JsonObject whole = json(api.get("api/score"));
    JsonObject both = json(api.get("api/score?type=TECHNICAL&owner=ORGANIZATION"));

    try (Browser browser = Browser.start(1440, 1100)) {
      LoginPage.open(browser).signIn(reader.email(), TestAccounts.PASSWORD);
      tick(browser, "overview:type", "Technical");
      tick(browser, "overview:owner", "Your organization");
      click(browser, By.id("overview:apply-filter"));
      awaitPoints(browser, both);
      assertPanelsShow(browser, both);
      assertThat(chips(browser))
          .containsExactly("Action type: Technical", "Owner: Your organization");

      click(browser, By.id("overview:clear-filter"));
      awaitPoints(browser, whole);
      assertThat(chips(browser)).isEmpty();
    }
    // Cleared is kept too: the next visit opens without a filter.
    assertThat(api.get("score/overview").body()).contains("No filter applied");
  }

  @Test
  void everyControlIsLabelledChartsHaveTheirNumbersAsTextAndTheKeyboardReachesTheFilter() {
    TestAccounts.Account reader = TestAccounts.create(mailbox, "READER");
    try (Browser browser = Browser.start(1440, 1100)) {
      LoginPage.open(browser).signIn(reader.email(), TestAccounts.PASSWORD);
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();

      // Each filter menu's focusable input is named by its visible label.
      @SuppressWarnings("unchecked")
      List<String> unlabelled =
          (List<String>)
              js.executeScript(
                  "return [...document.querySelectorAll('#score-filter [role=combobox]')]"
                      + ".filter(e => { const id = e.getAttribute('aria-labelledby');"
                      + " const l = id && document.getElementById(id);"
                      + " return !l || !l.textContent.trim(); }).map(e => e.id);");
      assertThat(unlabelled).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("#score-filter [role=combobox]")))
          .hasSize(8);

      // Each chart has a name and a table with its numbers.
      for (String chart : List.of("trend", "by-category", "by-assessment")) {
        WebElement canvas = browser.driver().findElement(By.cssSelector("#" + chart + " canvas"));
        assertThat(canvas.getAttribute("aria-label")).as(chart).isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector("#" + chart + " table tbody tr")))
            .as(chart)
            .isNotEmpty();
      }

      // Tab from the top reaches the filter's Apply button and the key actions' links.
      browser.driver().findElement(By.tagName("body")).click();
      List<String> reached = new ArrayList<>();
      Actions keyboard = new Actions(browser.driver());
      for (int i = 0; i < 80; i++) {
        keyboard.sendKeys(Keys.TAB).perform();
        WebElement active = browser.driver().switchTo().activeElement();
        reached.add(active.getAttribute("id") + "|" + active.getText());
      }
      assertThat(reached).anyMatch(r -> r.startsWith("overview:apply-filter|"));
      assertThat(reached).anyMatch(r -> r.startsWith("overview:category_focus|"));
      assertThat(reached).anyMatch(r -> r.startsWith("overview:clear-filter|"));
    }
  }

  /** Score card, key actions, solutions and the assessment breakdown against the API's numbers. */
  private static void assertPanelsShow(Browser browser, JsonObject score) {
    assertThat(text(browser, By.id("score-points")))
        .isEqualTo(
            POINTS.format(score.getJsonNumber("achievedPoints").bigDecimalValue())
                + " of "
                + POINTS.format(score.getJsonNumber("achievablePoints").longValue())
                + " points achieved");
    assertThat(text(browser, By.id("score-percent")))
        .isEqualTo(score.getJsonNumber("percent").bigDecimalValue().setScale(1) + " %");

    List<String> keyActions =
        score.getJsonArray("keyActions").stream()
            .map(a -> a.asJsonObject().getString("title"))
            .toList();
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("#key-actions-table .cs-action-link"))
                .stream()
                .map(WebElement::getText)
                .toList())
        .isEqualTo(keyActions);

    List<String> topSolutions =
        score.getJsonArray("bySolution").stream()
            .map(JsonValue::asJsonObject)
            .filter(s -> remaining(s).signum() > 0)
            .sorted(
                Comparator.comparing(OverviewBrowserIT::remaining)
                    .reversed()
                    .thenComparing(s -> s.getString("name"), String.CASE_INSENSITIVE_ORDER))
            .limit(5)
            .map(s -> s.containsKey("id") ? s.getString("name") : "(no solution)")
            .toList();
    assertThat(
            rows(browser, "solutions-table").stream()
                .map(row -> row.findElement(By.tagName("td")).getText())
                .toList())
        .isEqualTo(topSolutions);

    List<String> assessments =
        score.getJsonArray("byAssessment").stream()
            .map(JsonValue::asJsonObject)
            .map(
                a ->
                    a.getString("name")
                        + " "
                        + a.getJsonNumber("percent").bigDecimalValue().setScale(1)
                        + " % "
                        + POINTS.format(a.getJsonNumber("achievedPoints").bigDecimalValue())
                        + " / "
                        + POINTS.format(a.getJsonNumber("achievablePoints").longValue())
                        + " "
                        + a.getInt("openActions"))
            .toList();
    assertThat(
            rows(browser, "by-assessment-table").stream()
                .map(row -> row.getText().replace('\u00a0', ' ').replaceAll("\\s+", " "))
                .toList())
        .isEqualTo(assessments);
  }

  private static BigDecimal remaining(JsonObject item) {
    return BigDecimal.valueOf(item.getJsonNumber("achievablePoints").longValue())
        .subtract(item.getJsonNumber("achievedPoints").bigDecimalValue());
  }

  private static JsonObject largestCategory(JsonObject score) {
    return score.getJsonArray("byCategory").stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.containsKey("id"))
        .max(Comparator.comparingLong(c -> c.getJsonNumber("achievablePoints").longValue()))
        .orElseThrow();
  }

  private static void awaitPoints(Browser browser, JsonObject score) {
    String expected =
        POINTS.format(score.getJsonNumber("achievedPoints").bigDecimalValue())
            + " of "
            + POINTS.format(score.getJsonNumber("achievablePoints").longValue());
    browser
        .waiting()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("score-points"), expected));
  }

  private static List<String> chips(Browser browser) {
    return browser.driver().findElements(By.cssSelector(".cs-chip")).stream()
        .map(
            chip ->
                chip.findElement(By.cssSelector(".cs-chip-kind")).getText()
                    + " "
                    + chip.findElement(By.cssSelector(".cs-chip-label")).getText())
        .toList();
  }

  private static List<WebElement> rows(Browser browser, String tableId) {
    return browser.driver().findElements(By.cssSelector("#" + tableId + " tbody tr"));
  }

  /** The element's text, no-break spaces as spaces (browsers report either). */
  private static String text(Browser browser, By locator) {
    return browser.driver().findElement(locator).getText().replace('\u00a0', ' ');
  }

  /**
   * Ticks an item of a PrimeFaces checkbox menu and closes it. The overlay opens with an animation
   * that a headless browser's click can race, so a tick that did not take is tried again.
   */
  private static void tick(Browser browser, String menuId, String label) {
    By item =
        By.xpath(
            "//div[@id='"
                + menuId
                + "_panel']//li[.//label[normalize-space()='"
                + label
                + "']]//div[contains(@class,'ui-chkbox-box')]");
    By input =
        By.xpath(
            "//div[@id='"
                + menuId
                + "']//input[@type='checkbox'][following-sibling::label[1][normalize-space()='"
                + label
                + "']]");
    for (int attempt = 1; ; attempt++) {
      click(browser, By.cssSelector("[id='" + menuId + "'] .ui-selectcheckboxmenu-trigger"));
      try {
        browser.waiting().until(ExpectedConditions.elementToBeClickable(item)).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(3))
            .until(ExpectedConditions.elementSelectionStateToBe(input, true));
        break;
      } catch (org.openqa.selenium.TimeoutException
          | org.openqa.selenium.ElementNotInteractableException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
    new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
    browser.driver().findElement(By.tagName("h1")).click();
  }

  /** Clicks an element after scrolling it to the middle, clear of the sticky header. */
  private static void click(Browser browser, By locator) {
    WebElement element = browser.driver().findElement(locator);
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    browser.waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  private static JsonObject json(java.net.http.HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }
}
