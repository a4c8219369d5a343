package org.complyscore.e2e.support;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The overview in the application shell. */
public final class OverviewPage {

  private final Browser browser;

  /** The overview the browser shows now (after signing in, say). */
  public static OverviewPage shown(Browser browser) {
    return new OverviewPage(browser);
  }

  OverviewPage(Browser browser) {
    this.browser = browser;
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("score")));
  }

  public String signedInUser() {
    return browser.driver().findElement(By.id("signed-in-user")).getText();
  }

  public String scorePercent() {
    return browser.driver().findElement(By.id("score-percent")).getText();
  }

  public String scorePoints() {
    return browser.driver().findElement(By.id("score-points")).getText();
  }

  public String pageTitle() {
    return browser.driver().getTitle();
  }

  public LoginPage signOut() {
    browser.driver().findElement(By.id("account:sign-out")).click();
    return LoginPage.shown(browser);
  }
}
