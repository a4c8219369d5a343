package org.complyscore.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * People with a given role, made the way a real organization makes them: the first Owner invites
 * them over the REST API, the invitation mail arrives at the {@link Mailbox}, and the invitee
 * follows the link and sets a name and password on the invitation page.
 */
public final class TestAccounts {

  public static final String PASSWORD = "a long test password for e2e";

  private TestAccounts() {}

  /** Someone who can sign in with {@link #PASSWORD}. */
  public record Account(String email, String role) {

    public WebSession signedIn() {
      WebSession session = new WebSession();
      HttpResponse<String> response = session.signIn(email, PASSWORD);
      assertThat(response.statusCode()).as("sign-in of %s", email).isEqualTo(302);
      return session;
    }
  }

  public static String uniqueEmail(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  public static Account create(Mailbox mailbox, String role) {
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    String email = uniqueEmail(role.toLowerCase());
    invite(owner, email, role);
    accept(mailbox.awaitInvitationLink(email), "Test " + role, PASSWORD);
    return new Account(email, role);
  }

  public static HttpResponse<String> invite(WebSession session, String email, String role) {
    HttpResponse<String> response =
        session.json(
            "POST", "api/invitations", "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
    assertThat(response.statusCode())
        .as("invitation of %s: %s", email, response.body())
        .isEqualTo(201);
    return response;
  }

  /** Opens the link and submits the invitation page's form; returns the response to the post. */
  public static HttpResponse<String> accept(String link, String displayName, String password) {
    WebSession invitee = new WebSession();
    HttpResponse<String> page = invitee.get(URI.create(link));
    assertThat(page.statusCode()).isEqualTo(200);
    Map<String, String> form = new LinkedHashMap<>();
    form.put("accept-form", "accept-form");
    form.put("accept-form:display-name", displayName);
    form.put("accept-form:password", password);
    form.put("accept-form:password-again", password);
    form.put("accept-form:accept", "");
    form.put("jakarta.faces.ViewState", WebSession.viewState(page.body()));
    return invitee.post("invitation", form);
  }
}
