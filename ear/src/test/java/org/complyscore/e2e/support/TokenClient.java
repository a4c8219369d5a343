package org.complyscore.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A machine calling the REST API with an API token ({@code Authorization: Bearer cst_…}), as a
 * scanner or script does: no cookies of its own, redirects shown rather than followed.
 */
public final class TokenClient {

  private final HttpClient client =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String secret;

  public TokenClient(String secret) {
    this.secret = secret;
  }

  /** A token just made: its id (for revoking) and its secret (shown this once). */
  public record Issued(long id, String name, String secret, JsonObject response) {

    public TokenClient client() {
      return new TokenClient(secret);
    }
  }

  /**
   * Makes a token over REST with a person's session (an Administrator's or the Owner's), valid for
   * 30 days, and checks it was made.
   */
  public static Issued issue(WebSession person, String name, String... scopes) {
    String json =
        "{\"name\":\""
            + name
            + "\",\"scopes\":["
            + String.join(",", java.util.Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList())
            + "],\"expiresAt\":\""
            + Instant.now().plus(Duration.ofDays(30))
            + "\"}";
    HttpResponse<String> response = person.json("POST", "api/tokens", json);
    assertThat(response.statusCode()).as("token %s: %s", name, response.body()).isEqualTo(201);
    JsonObject created = Actions.json(response);
    return new Issued(
        created.getJsonObject("token").getJsonNumber("id").longValue(),
        name,
        created.getString("secret"),
        created);
  }

  /** Revokes a token with a person's session; revoking twice is harmless. */
  public static void revoke(WebSession person, long id) {
    HttpResponse<String> response = person.json("DELETE", "api/tokens/" + id, null);
    assertThat(response.statusCode())
        .as("revoking token %s: %s", id, response.body())
        .isEqualTo(200);
    assertThat(Actions.json(response).getString("status")).isEqualTo("REVOKED");
  }

  public HttpResponse<String> get(String path) {
    return send("GET", path, null, null, Map.of());
  }

  public HttpResponse<String> get(String path, Map<String, String> headers) {
    return send("GET", path, null, null, headers);
  }

  /** Posts JSON, as the sample collector does. */
  public HttpResponse<String> postJson(String path, String json) {
    return send("POST", path, "application/json", json.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  /**
   * Sends a body of any content type (none when {@code body} is null), accepting JSON unless the
   * headers say otherwise.
   */
  public HttpResponse<String> send(
      String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestServer.url(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", headers.getOrDefault("Accept", "application/json"))
            .header("Authorization", "Bearer " + secret)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    headers.forEach(
        (name, value) -> {
          if (!name.equalsIgnoreCase("Accept")) {
            request.header(name, value);
          }
        });
    try {
      return client.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
