package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.Test;

/** A bad address, an expired page or a forbidden place: a friendly page, never a stack trace. */
class ErrorPagesIT {

  private static final Map<String, String> AJAX =
      Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest");

  private final WebSession browser = new WebSession();

  @Test
  void anUnknownAddressGivesTheNotFoundPage() {
    browser.signInAsAdmin();

    for (String path : new String[] {"no/such/page", "score/nothing-here", "WEB-INF/web.xml"}) {
      HttpResponse<String> response = browser.get(path);

      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body())
          .as(path)
          .contains("Page not found")
          .contains("Go to the overview");
      assertNoInternals(response);
    }
  }

  @Test
  void aFormPostedAfterItsViewExpiredGivesTheExpiredPage() {
    browser.signInAsAdmin();

    HttpResponse<String> response =
        postWithUnknownView(Map.of("account", "account", "account:sign-out", ""), Map.of());

    assertThat(response.body()).contains("This page has expired");
    assertNoInternals(response);
  }

  @Test
  void anAjaxRequestAfterItsViewExpiredRendersTheExpiredPageToo() {
    browser.signInAsAdmin();

    HttpResponse<String> response =
        postWithUnknownView(
            Map.of(
                "account", "account",
                "jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", "account:sign-out",
                "jakarta.faces.partial.execute", "@all"),
            AJAX);

    assertThat(response.body()).startsWith("<?xml").contains("This page has expired");
    assertNoInternals(response);
  }

  @Test
  void anAjaxRequestWithoutSessionIsRedirectedToTheLoginPage() {
    HttpResponse<String> response =
        browser.post(
            "score/overview",
            Map.of("jakarta.faces.partial.ajax", "true", "jakarta.faces.ViewState", "x"),
            AJAX);

    assertThat(response.body()).contains("<partial-response><redirect url=").contains("/login");
  }

  /** Posts the overview's account form with a view state the server never issued (or forgot). */
  private HttpResponse<String> postWithUnknownView(
      Map<String, String> fields, Map<String, String> headers) {
    Map<String, String> form = new java.util.HashMap<>(fields);
    form.put("jakarta.faces.ViewState", "-1234567890:987654321");
    return browser.post("score/overview", form, headers);
  }

  /** No stack frame, no exception message, no server product: nothing about the inside. */
  private static void assertNoInternals(HttpResponse<String> response) {
    assertThat(response.body())
        .doesNotContainPattern("at [\\w.$]+\\([\\w]+\\.java:\\d+\\)")
        .doesNotContainPattern("[\\w.]+(Exception|Error): ")
        .doesNotContain("Payara")
        .doesNotContain("PWC");
  }
}
