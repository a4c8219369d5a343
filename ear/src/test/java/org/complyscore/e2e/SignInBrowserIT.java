package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.complyscore.e2e.support.Browser;
import org.complyscore.e2e.support.LoginPage;
import org.complyscore.e2e.support.OverviewPage;
import org.complyscore.e2e.support.TestServer;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A person in headless Chromium: signs in, sees the overview, signs out. Screenshots included. */
class SignInBrowserIT {

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start(1280, 800);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void signsInAndSeesTheOverviewWithNameAndRole() {
    browser.open("");
    LoginPage login = LoginPage.shown(browser);
    browser.screenshot("01-login");

    OverviewPage overview = login.signIn("admin", TestServer.adminPassword());

    assertThat(overview.pageTitle()).isEqualTo("Overview · ComplyScore");
    assertThat(overview.signedInUser()).contains("Administrator").contains("Owner");
    // The score as the API gives it (other tests on this server earn points).
    WebSession api = new WebSession();
    api.signInAsAdmin();
    java.math.BigDecimal percent =
        org.complyscore.e2e.support.Actions.json(api.get("api/score"))
            .getJsonNumber("percent")
            .bigDecimalValue();
    assertThat(overview.scorePercent())
        .isEqualTo(percent.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + " %");
    browser.screenshot("02-overview-1280x800");
    browser.resize(1024, 768);
    browser.screenshot("03-overview-1024x768");
    assertThat(horizontalOverflow()).as("page wider than the window at 1024 px").isFalse();
  }

  @Test
  void aWrongPasswordIsTurnedDownWithOneMessage() {
    LoginPage login = LoginPage.open(browser).signInFailing("admin", "certainly-not-the-password");

    assertThat(login.messages())
        .contains("Sign-in failed: the user name or the password is not right.");
    browser.screenshot("04-login-failed");
  }

  @Test
  void signsInWithTheKeyboardAlone() {
    LoginPage.open(browser);
    WebElement username = browser.driver().switchTo().activeElement();
    assertThat(username.getAttribute("id"))
        .as("focus starts in the user name")
        .isEqualTo("login-form:username");

    username.sendKeys("admin", Keys.TAB);
    browser.driver().switchTo().activeElement().sendKeys(TestServer.adminPassword(), Keys.ENTER);

    assertThat(OverviewPage.shown(browser).signedInUser()).contains("Administrator");
  }

  @Test
  void signsOutAndIsToldSo() {
    OverviewPage overview = LoginPage.open(browser).signIn("admin", TestServer.adminPassword());

    LoginPage login = overview.signOut();

    assertThat(login.messages()).contains("You have signed out.");
    browser.screenshot("05-signed-out");
    browser.open("score/overview");
    assertThat(browser.driver().getCurrentUrl()).endsWith("/complyscore/login");
  }

  @Test
  void anUnknownAddressShowsTheFriendlyNotFoundPage() {
    LoginPage.open(browser).signIn("admin", TestServer.adminPassword());

    browser.open("score/no-such-page");

    assertThat(browser.driver().findElement(By.id("error-title")).getText())
        .isEqualTo("Page not found");
    browser.screenshot("06-not-found");
  }

  private boolean horizontalOverflow() {
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
    return Boolean.TRUE.equals(overflow);
  }
}
