package org.complyscore.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;

/**
 * Improvement actions of the running server for tests, over the REST API: fresh action states to
 * work on (each handed out once, so tests do not meet each other's changes), their details, and the
 * overall score.
 */
public final class Actions {

  private final WebSession session;

  /** The states handed out to tests in this run, so that no two tests share one. */
  private static final Set<Long> HANDED_OUT = new HashSet<>();

  public Actions(WebSession session) {
    this.session = session;
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static JsonArray jsonArray(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /**
   * An untouched action state of the given type (TECHNICAL, OPERATIONAL, DOCUMENTATION): not
   * implemented, not assigned, never changed by a person, tested by people (not by automated
   * monitoring: the baseline's automated actions are MonitoringIT's); a different one on every
   * call, also across test classes.
   */
  public JsonObject untouched(String type) {
    synchronized (HANDED_OUT) {
      HttpResponse<String> page =
          session.get(
              "api/actions?type="
                  + type
                  + "&owner=ORGANIZATION&status=NOT_IMPLEMENTED&assignee=none&source=MANUAL"
                  + "&sort=TITLE&dir=desc"
                  + "&size=500");
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      for (JsonValue row : json(page).getJsonArray("rows")) {
        long stateId = row.asJsonObject().getJsonNumber("stateId").longValue();
        if (HANDED_OUT.add(stateId)) {
          JsonObject details = details(stateId);
          // Changed by a test that ran before: its history names the person.
          if (!details.containsKey("lastChangedBy")) {
            return details;
          }
        }
      }
      throw new AssertionError("No untouched " + type + " action is left in the baseline.");
    }
  }

  /**
   * The list row of the organization's state of the action with exactly this title, found the way a
   * person finds it: the list's search, passed actions included.
   */
  public JsonObject rowByTitle(String title) {
    HttpResponse<String> page =
        session.get(
            "api/actions?passed=true&size=100&q="
                + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return json(page).getJsonArray("rows").stream()
        .map(JsonValue::asJsonObject)
        .filter(row -> row.getString("title").equals(title))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No action titled " + title + ": " + page.body()));
  }

  public JsonObject details(long stateId) {
    HttpResponse<String> response = session.get("api/actions/" + stateId);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response);
  }

  public HttpResponse<String> implement(long stateId, long version, String status, String date) {
    return session.json(
        "PUT",
        "api/actions/" + stateId + "/implementation",
        "{\"version\":"
            + version
            + ",\"status\":\""
            + status
            + "\""
            + (date == null ? "" : ",\"date\":\"" + date + "\"")
            + ",\"notes\":\"done\"}");
  }

  public HttpResponse<String> test(long stateId, long version, String status) {
    return session.json(
        "PUT",
        "api/actions/" + stateId + "/test",
        "{\"version\":" + version + ",\"status\":\"" + status + "\",\"notes\":\"checked\"}");
  }

  /** Achieved points of the overall score. */
  public BigDecimal achieved() {
    return json(session.get("api/score")).getJsonNumber("achievedPoints").bigDecimalValue();
  }
}
