package org.complyscore.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.complyscore.e2e.support.Mailbox;
import org.complyscore.e2e.support.TestAccounts;
import org.complyscore.e2e.support.TestServer;
import org.complyscore.e2e.support.TokenClient;
import org.complyscore.e2e.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The role table of PRODUCT.md §4, tried over HTTP for every page and every REST endpoint, for
 * anonymous visitors and each of the five roles. One table drives it; the tests fail when the
 * application has a page or an endpoint the table does not list.
 */
class PermissionMatrixIT {

  /**
   * Who may: everyone, or the least role that may (each role holds those below it), or nobody with
   * a session at all (what only machines with an API token may do).
   */
  enum Who {
    ANYONE,
    READER,
    CONTRIBUTOR,
    ASSESSOR,
    ADMINISTRATOR,
    OWNER,
    /** No person, whatever their role: refused to every session, allowed only to API tokens. */
    NOBODY_WITH_A_SESSION;

    /** Whether a caller of this kind may do what {@code least} allows. */
    boolean mayDo(Who least) {
      return least == ANYONE || (least != NOBODY_WITH_A_SESSION && compareTo(least) >= 0);
    }
  }

  /** The callers the matrix tries: anonymous, and a signed-in person of each role. */
  static final List<Who> CALLERS =
      List.of(Who.ANYONE, Who.READER, Who.CONTRIBUTOR, Who.ASSESSOR, Who.ADMINISTRATOR, Who.OWNER);

  /**
   * One request. {@code path} has no leading slash; {@code {id}} stands for an id nobody has, so
   * that an allowed change answers 404 (or 400 for a bad body) and changes nothing.
   */
  record Entry(String method, String path, String body, Who least) {}

  private static final String NO_ID = "999999999";

  static final List<Entry> PAGES =
      List.of(
          new Entry("GET", "login", null, Who.ANYONE),
          new Entry("GET", "invitation", null, Who.ANYONE),
          new Entry("GET", "score/overview", null, Who.READER),
          new Entry("GET", "actions/list", null, Who.READER),
          new Entry("GET", "actions/details", null, Who.READER),
          new Entry("GET", "solutions/list", null, Who.READER),
          new Entry("GET", "assessments/list", null, Who.READER),
          new Entry("GET", "assessments/details", null, Who.READER),
          new Entry("GET", "assessments/create", null, Who.ASSESSOR),
          new Entry("GET", "templates/list", null, Who.READER),
          new Entry("GET", "templates/details", null, Who.READER),
          new Entry("GET", "templates/import", null, Who.ADMINISTRATOR),
          new Entry("GET", "settings/users", null, Who.ADMINISTRATOR),
          new Entry("GET", "settings/invitations", null, Who.ADMINISTRATOR),
          new Entry("GET", "settings/audit", null, Who.ADMINISTRATOR),
          new Entry("GET", "settings/mail", null, Who.ADMINISTRATOR),
          new Entry("GET", "settings/monitoring", null, Who.ADMINISTRATOR),
          new Entry("GET", "alerts/list", null, Who.READER),
          new Entry("GET", "settings/alert-policies", null, Who.ADMINISTRATOR));

  static final List<Entry> ENDPOINTS =
      List.of(
          new Entry("GET", "api/score", null, Who.READER),
          new Entry("GET", "api/score/history", null, Who.READER),
          new Entry("GET", "api/solutions", null, Who.READER),
          new Entry(
              "PUT", "api/solutions/{id}", "{\"version\":0,\"name\":\"x\"}", Who.ADMINISTRATOR),
          new Entry("GET", "api/assessments", null, Who.READER),
          new Entry("GET", "api/assessments/{id}", null, Who.READER),
          new Entry("POST", "api/assessments", "{}", Who.ASSESSOR),
          new Entry("PUT", "api/assessments/{id}", "{\"version\":0,\"name\":\"x\"}", Who.ASSESSOR),
          new Entry("DELETE", "api/assessments/{id}?confirm=x", null, Who.ASSESSOR),
          new Entry("GET", "api/assessments/{id}/update", null, Who.READER),
          new Entry("POST", "api/assessments/{id}/update", "{\"version\":0}", Who.ASSESSOR),
          new Entry("POST", "api/assessments/{id}/update/deferral", null, Who.ASSESSOR),
          new Entry("GET", "api/assessments/{id}/report", null, Who.READER),
          new Entry("GET", "api/assessments/{id}/oscal-results", null, Who.READER),
          new Entry("GET", "api/templates", null, Who.READER),
          new Entry("GET", "api/templates/{id}", null, Who.READER),
          new Entry("GET", "api/templates/{id}/workbook", null, Who.READER),
          new Entry("GET", "api/templates/sample-workbook", null, Who.READER),
          new Entry("POST", "api/templates/import/oscal", "{}", Who.ADMINISTRATOR),
          new Entry("POST", "api/templates/import/excel", "{}", Who.ADMINISTRATOR),
          new Entry("POST", "api/templates/{id}/extension", "{}", Who.ADMINISTRATOR),
          new Entry("DELETE", "api/templates/{id}/controls/{id}", null, Who.ADMINISTRATOR),
          new Entry("GET", "api/actions", null, Who.READER),
          new Entry("GET", "api/actions/export.xlsx", null, Who.READER),
          new Entry("GET", "api/actions/{id}", null, Who.READER),
          new Entry(
              "PUT",
              "api/actions/{id}/implementation",
              "{\"version\":0,\"status\":\"PLANNED\"}",
              Who.CONTRIBUTOR),
          new Entry(
              "PUT",
              "api/actions/{id}/test",
              "{\"version\":0,\"status\":\"PASSED\"}",
              Who.ASSESSOR),
          new Entry(
              "PUT", "api/actions/{id}/notes", "{\"version\":0,\"notes\":\"\"}", Who.CONTRIBUTOR),
          new Entry(
              "PUT",
              "api/actions/{id}/testing-source",
              "{\"version\":0,\"source\":\"MANUAL\"}",
              Who.ASSESSOR),
          new Entry(
              "POST",
              "api/actions/assign",
              "{\"actions\":[" + NO_ID + "],\"assignee\":null}",
              Who.CONTRIBUTOR),
          new Entry("GET", "api/actions/{id}/history", null, Who.READER),
          new Entry("GET", "api/actions/{id}/history.xlsx", null, Who.READER),
          new Entry("GET", "api/actions/{id}/evidence", null, Who.READER),
          new Entry(
              "POST",
              "api/actions/{id}/evidence/links",
              "{\"title\":\"x\",\"url\":\"https://example.org\"}",
              Who.CONTRIBUTOR),
          new Entry("POST", "api/actions/{id}/evidence/files?name=a.txt", "text", Who.CONTRIBUTOR),
          new Entry("GET", "api/evidence/{id}/content", null, Who.READER),
          new Entry("DELETE", "api/evidence/{id}", null, Who.CONTRIBUTOR),
          new Entry("GET", "api/users", null, Who.ADMINISTRATOR),
          new Entry("GET", "api/users/me", null, Who.READER),
          new Entry("PUT", "api/users/{id}/role", "{\"role\":\"READER\"}", Who.ADMINISTRATOR),
          new Entry("POST", "api/users/{id}/deactivate", null, Who.ADMINISTRATOR),
          new Entry("POST", "api/users/{id}/reactivate", null, Who.ADMINISTRATOR),
          new Entry("POST", "api/users/{id}/reassign-actions", "{\"to\":1}", Who.ADMINISTRATOR),
          new Entry("GET", "api/invitations", null, Who.ADMINISTRATOR),
          new Entry(
              "POST", "api/invitations", "{\"email\":\"\",\"role\":\"READER\"}", Who.ADMINISTRATOR),
          new Entry("POST", "api/invitations/{id}/resend", null, Who.ADMINISTRATOR),
          new Entry("DELETE", "api/invitations/{id}", null, Who.ADMINISTRATOR),
          new Entry("GET", "api/audit-events", null, Who.ADMINISTRATOR),
          new Entry("GET", "api/mail-outbox", null, Who.ADMINISTRATOR),
          new Entry("POST", "api/mail-outbox/{id}/retry", null, Who.ADMINISTRATOR),
          new Entry("GET", "api/tokens", null, Who.ADMINISTRATOR),
          // No scopes: refused as bad input, so that an allowed caller makes no token.
          new Entry(
              "POST",
              "api/tokens",
              "{\"name\":\"matrix\",\"scopes\":[],\"expiresAt\":\"2099-01-01T00:00:00Z\"}",
              Who.ADMINISTRATOR),
          new Entry("DELETE", "api/tokens/{id}", null, Who.ADMINISTRATOR),
          new Entry("GET", "api/automation", null, Who.READER),
          // Without "on": refused as bad input, so that the Owner switches nothing.
          new Entry("PUT", "api/automation", "{}", Who.OWNER),
          new Entry("GET", "api/automation/actions/{id}", null, Who.READER),
          new Entry(
              "PUT",
              "api/automation/actions/{id}/logic",
              "{\"checkIds\":[\"web.tls\"],\"combination\":\"ANY_FAILURE_FAILS\"}",
              Who.ADMINISTRATOR),
          new Entry(
              "PUT", "api/automation/actions/{id}/switch", "{\"on\":false}", Who.ADMINISTRATOR),
          // Signals come from machines with a token of scope signals:write, never from a person.
          new Entry("POST", "api/signals", "{}", Who.NOBODY_WITH_A_SESSION),
          new Entry("GET", "api/alerts", null, Who.READER),
          new Entry("GET", "api/alerts/{id}", null, Who.READER),
          new Entry("PUT", "api/alerts/{id}/status", "{\"status\":\"RESOLVED\"}", Who.CONTRIBUTOR),
          new Entry("PUT", "api/alerts/{id}/assignee", "{\"assignee\":null}", Who.CONTRIBUTOR),
          new Entry("GET", "api/alert-policies", null, Who.ADMINISTRATOR),
          new Entry("GET", "api/alert-policies/{id}", null, Who.ADMINISTRATOR),
          new Entry("POST", "api/alert-policies", "{}", Who.ADMINISTRATOR),
          new Entry(
              "PUT",
              "api/alert-policies/{id}",
              "{\"version\":0,\"name\":\"x\",\"condition\":\"EVIDENCE_CHANGE\","
                  + "\"severity\":\"LOW\",\"recipientEmails\":[\"x@example.test\"]}",
              Who.ADMINISTRATOR),
          new Entry("DELETE", "api/alert-policies/{id}", null, Who.ADMINISTRATOR));

  private static Mailbox mailbox;
  private static final Map<Who, WebSession> SESSIONS = new EnumMap<>(Who.class);

  @BeforeAll
  static void oneSessionPerRole() {
    mailbox = Mailbox.start();
    SESSIONS.put(Who.ANYONE, new WebSession());
    for (Who role : List.of(Who.READER, Who.CONTRIBUTOR, Who.ASSESSOR, Who.ADMINISTRATOR)) {
      SESSIONS.put(role, TestAccounts.create(mailbox, role.name()).signedIn());
    }
    WebSession owner = new WebSession();
    owner.signInAsAdmin();
    SESSIONS.put(Who.OWNER, owner);
  }

  /** The API tokens the token test made, revoked at the end. */
  private static final List<Long> TOKENS = new ArrayList<>();

  @AfterAll
  static void revokeTokensAndStopMail() {
    try {
      TOKENS.forEach(id -> TokenClient.revoke(SESSIONS.get(Who.OWNER), id));
    } finally {
      mailbox.close();
    }
  }

  @Test
  void everyPageOpensForTheRolesThatMayAndNoOther() {
    List<String> wrong = new ArrayList<>();
    for (Entry page : PAGES) {
      for (Who who : CALLERS) {
        HttpResponse<String> response = SESSIONS.get(who).get(page.path());
        boolean allowed = who.mayDo(page.least());
        int status = response.statusCode();
        // The login page sends people who are signed in already on to the overview.
        boolean ok =
            allowed
                ? status == 200 || (status == 302 && !isRedirectToLogin(response))
                : who == Who.ANYONE ? isRedirectToLogin(response) : status == 403;
        if (!ok) {
          wrong.add(
              who
                  + " GET "
                  + page.path()
                  + " → "
                  + status
                  + (allowed ? " (allowed)" : " (refused)"));
        }
      }
    }
    assertThat(wrong).as("pages answering against the role table").isEmpty();
  }

  @Test
  void everyEndpointAnswersTheRolesThatMayAndRefusesTheOthers() {
    List<String> wrong = new ArrayList<>();
    for (Entry endpoint : ENDPOINTS) {
      String path = endpoint.path().replace("{id}", NO_ID);
      for (Who who : CALLERS) {
        HttpResponse<String> response =
            SESSIONS.get(who).json(endpoint.method(), path, endpoint.body());
        boolean allowed = who.mayDo(endpoint.least());
        int status = response.statusCode();
        boolean ok =
            allowed
                ? status != 401 && status != 403 && status < 500
                : status == (who == Who.ANYONE ? 401 : 403);
        if (!ok) {
          wrong.add(
              who + " " + endpoint.method() + " " + path + " → " + status + " " + response.body());
        }
      }
    }
    assertThat(wrong).as("endpoints answering against the role table").isEmpty();
  }

  /**
   * The other side of the table: an API token holds no role, only its scope. A {@code read} token
   * may what a Reader may, a {@code signals:write} token only what no session may (post signals);
   * everything else is 403, and no page opens for a token.
   */
  @Test
  void apiTokensReachOnlyWhatTheirScopeAllowsAndNoPage() {
    List<String> wrong = new ArrayList<>();
    Map<String, Who> scopes = new LinkedHashMap<>();
    scopes.put("read", Who.READER);
    scopes.put("signals:write", Who.NOBODY_WITH_A_SESSION);
    scopes.forEach(
        (scope, grants) -> {
          Machines machines = new Machines(scope);
          for (Entry endpoint : ENDPOINTS) {
            String path = endpoint.path().replace("{id}", NO_ID);
            HttpResponse<String> response =
                machines
                    .next()
                    .send(
                        endpoint.method(),
                        path,
                        endpoint.body() == null ? null : "application/json",
                        endpoint.body() == null
                            ? null
                            : endpoint.body().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        // Any type: a download refused for its scope is 403, not 406.
                        Map.of("Accept", "*/*"));
            boolean allowed = endpoint.least() == Who.ANYONE || endpoint.least() == grants;
            int status = response.statusCode();
            boolean ok =
                allowed
                    ? status != 401 && status != 403 && status != 429 && status < 500
                    : status == 403;
            if (!ok) {
              wrong.add(
                  scope
                      + " token "
                      + endpoint.method()
                      + " "
                      + path
                      + " → "
                      + status
                      + (allowed ? " (allowed) " : " (refused) ")
                      + response.body());
            }
          }
          for (Entry page : PAGES) {
            if (page.least() != Who.ANYONE) {
              HttpResponse<String> response = machines.next().get(page.path());
              if (!isRedirectToLogin(response)) {
                wrong.add(scope + " token GET " + page.path() + " → " + response.statusCode());
              }
            }
          }
        });
    assertThat(wrong).as("requests with API tokens answering against their scopes").isEmpty();
  }

  /** Tokens of one scope, a new one every 50 requests: each token may make 60 a minute. */
  private static final class Machines {
    private final String scope;
    private TokenClient current;
    private int used;

    Machines(String scope) {
      this.scope = scope;
    }

    TokenClient next() {
      if (current == null || used == 50) {
        TokenClient.Issued token =
            TokenClient.issue(
                SESSIONS.get(Who.OWNER),
                "permission matrix " + scope + " " + java.util.UUID.randomUUID(),
                scope);
        TOKENS.add(token.id());
        current = token.client();
        used = 0;
      }
      used++;
      return current;
    }
  }

  @Test
  void aReaderCanChangeNothingEvenByPostingFormsDirectly() {
    WebSession reader = SESSIONS.get(Who.READER);
    HttpResponse<String> overview = reader.get("score/overview");
    assertThat(overview.body()).doesNotContain("nav-users").doesNotContain("nav-invitations");

    // A form of the users page, posted by hand with the Reader's session: the page itself is
    // refused.
    HttpResponse<String> posted =
        reader.post(
            "settings/users",
            Map.of("users-form", "users-form", "jakarta.faces.ViewState", "stateless"));
    assertThat(posted.statusCode()).isEqualTo(403);
  }

  @Test
  void theTableListsEveryPageOfTheApplication() throws IOException {
    Path webapp =
        Path.of(System.getProperty("user.dir")).resolve("../web/src/main/webapp").normalize();
    Set<String> pages;
    try (Stream<Path> files = Files.walk(webapp)) {
      pages =
          files
              .filter(file -> file.toString().endsWith(".xhtml"))
              .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
              .filter(file -> !file.startsWith("WEB-INF/") && !file.startsWith("resources/"))
              .map(file -> file.substring(0, file.length() - ".xhtml".length()))
              .filter(page -> !page.equals("index"))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    Set<String> listed =
        PAGES.stream().map(Entry::path).collect(Collectors.toCollection(TreeSet::new));
    assertThat(listed).as("pages in the table vs. pages in the web module").isEqualTo(pages);
  }

  @Test
  void theTableListsEveryEndpointOfTheApplication() {
    HttpResponse<String> openApi =
        new WebSession().getJson(TestServer.health().resolve("/openapi"));
    assertThat(openApi.statusCode()).as("the OpenAPI document").isEqualTo(200);
    JsonObject paths = openApiPaths(openApi.body());
    Set<String> served = new TreeSet<>();
    paths.forEach(
        (path, operations) ->
            operations.asJsonObject().keySet().stream()
                .filter(method -> Set.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(
                    method ->
                        served.add(
                            method.toUpperCase()
                                + " "
                                + path.replaceFirst("^.*?/?api/", "api/")
                                    .replaceAll("\\{[^}]+}", "{id}"))));
    Set<String> endpoints =
        ENDPOINTS.stream()
            .map(e -> e.method() + " " + e.path().replaceFirst("\\?.*$", ""))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(endpoints).as("endpoints in the table vs. endpoints served").isEqualTo(served);
  }

  private static JsonObject openApiPaths(String document) {
    try (var reader = Json.createReader(new StringReader(document))) {
      return reader.readObject().getJsonObject("paths");
    } catch (RuntimeException e) {
      throw new UncheckedIOException(
          new IOException("Not a JSON OpenAPI document: " + document, e));
    }
  }

  private static boolean isRedirectToLogin(HttpResponse<String> response) {
    return response.statusCode() == 302
        && response.headers().firstValue("Location").orElse("").contains("/login");
  }
}
