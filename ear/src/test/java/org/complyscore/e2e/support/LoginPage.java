package org.complyscore.e2e.support;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The login page, as a person uses it. */
public final class LoginPage {

  private final Browser browser;

  private LoginPage(Browser browser) {
    this.browser = browser;
    browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
  }

  public static LoginPage open(Browser browser) {
    browser.open("login");
    return new LoginPage(browser);
  }

  /** The login page the browser was sent to. */
  public static LoginPage shown(Browser browser) {
    return new LoginPage(browser);
  }

  public LoginPage enter(String login, String password) {
    WebElement username = browser.driver().findElement(By.id("login-form:username"));
    username.clear();
    username.sendKeys(login);
    WebElement passwordField = browser.driver().findElement(By.id("login-form:password"));
    passwordField.clear();
    passwordField.sendKeys(password);
    return this;
  }

  public OverviewPage signIn(String login, String password) {
    enter(login, password);
    browser.driver().findElement(By.id("login-form:sign-in")).click();
    return new OverviewPage(browser);
  }

  public LoginPage signInFailing(String login, String password) {
    enter(login, password);
    browser.driver().findElement(By.id("login-form:sign-in")).click();
    return new LoginPage(browser);
  }

  /** The messages for the whole form, as shown. */
  public String messages() {
    return browser.driver().findElement(By.id("login-form:login-messages")).getText();
  }
}
