package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.complyscore.e2e.support.TestServer;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.Test;

/** Signing in and out over HTTP, against the deployed EAR. */
class SignInIT {

  private static final String FAILED =
      "Sign-in failed: the user name or the password is not right.";

  private final WebSession browser = new WebSession();

  @Test
  void aProtectedPageWithoutSessionSendsToTheLoginPage() {
    HttpResponse<String> response = browser.get("score/overview");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .contains(TestServer.url("login").toString());
  }

  @Test
  void theRightPasswordLandsOnTheOverviewWithNameAndRole() {
    HttpResponse<String> signedIn = browser.signInAsAdmin();

    assertThat(signedIn.statusCode()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/complyscore/score/overview"));
    HttpResponse<String> overview = browser.follow(signedIn);
    assertThat(overview.statusCode()).isEqualTo(200);
    assertThat(overview.body())
        .contains("<title>Overview · ComplyScore</title>")
        .contains("<span class=\"cs-user-name\">Administrator</span>")
        .contains("<span class=\"cs-role-badge\">Owner</span>");
  }

  @Test
  void afterSigningInThePersonIsBackOnThePageTheyAskedFor() {
    browser.get("score/overview");

    HttpResponse<String> signedIn = browser.signInAsAdmin();

    assertThat(signedIn.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/complyscore/score/overview"));
    assertThat(browser.follow(signedIn).statusCode()).isEqualTo(200);
  }

  @Test
  void aWrongPasswordAndAnUnknownUserGetTheSameMessage() {
    HttpResponse<String> wrongPassword = browser.signIn("admin", "not the password at all");
    HttpResponse<String> unknownUser =
        new WebSession().signIn("nobody-by-this-name", TestServer.adminPassword());

    for (HttpResponse<String> response : java.util.List.of(wrongPassword, unknownUser)) {
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains(FAILED).doesNotContain("You are signed in");
    }
    assertThat(browser.get("score/overview").statusCode()).isEqualTo(302);
  }

  @Test
  void emptyFieldsAreNamed() {
    HttpResponse<String> response = browser.signIn("", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("Enter your user name or e-mail address.")
        .contains("Enter your password.")
        .doesNotContain(FAILED);
  }

  @Test
  void signingInGivesANewSessionId() {
    browser.get("login");
    String before = browser.cookie("JSESSIONID").orElseThrow();

    browser.signInAsAdmin();

    assertThat(browser.cookie("JSESSIONID"))
        .isPresent()
        .isNotEqualTo(java.util.Optional.of(before));
  }

  @Test
  void signingOutEndsTheSessionAndSaysSo() {
    HttpResponse<String> overview = browser.follow(browser.signInAsAdmin());

    HttpResponse<String> signedOut =
        browser.post(
            "score/overview",
            Map.of(
                "account", "account",
                "account:sign-out", "",
                "jakarta.faces.ViewState", WebSession.viewState(overview.body())));

    assertThat(signedOut.statusCode()).isEqualTo(302);
    HttpResponse<String> login = browser.follow(signedOut);
    assertThat(login.body()).contains("You have signed out.").doesNotContain("session has ended");
    assertThat(browser.get("score/overview").statusCode()).isEqualTo(302);
  }

  @Test
  void aSessionThatTimedOutSendsToTheLoginPageWithAMessage() {
    browser.follow(browser.signInAsAdmin());

    browser.forgetSessionOnServer();
    HttpResponse<String> protectedPage = browser.get("score/overview");

    assertThat(protectedPage.statusCode()).isEqualTo(302);
    HttpResponse<String> login = browser.follow(protectedPage);
    assertThat(login.body())
        .contains("Your session has ended because it was idle for too long.")
        .doesNotContain(FAILED);
    assertThat(browser.get("login").body()).doesNotContain("Your session has ended");
  }

  @Test
  void pagesCarryProtectiveHeaders() {
    HttpResponse<String> login = browser.get("login");

    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(login.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp).contains("frame-ancestors 'none'").contains("default-src 'self'"));
    assertThat(login.headers().firstValue("X-Powered-By")).isEmpty();
    assertThat(login.headers().allValues("Set-Cookie"))
        .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly"));
  }

  @Test
  void fiveFailuresLockTheNameWithAMessageThatDoesNotSayWhetherItExists() {
    String name = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertThat(new WebSession().signIn(name, "guess number " + attempt).body()).contains(FAILED);
    }

    HttpResponse<String> fifth = new WebSession().signIn(name, "guess number 5");

    assertThat(fifth.statusCode()).isEqualTo(200);
    assertThat(fifth.body())
        .contains("Too many failed sign-ins with this name. Wait 15 minutes")
        .doesNotContain(FAILED);
  }
}
