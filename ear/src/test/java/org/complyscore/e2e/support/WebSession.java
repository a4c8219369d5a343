package org.complyscore.e2e.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's worth of HTTP: its own cookies, redirects shown rather than followed, and the few
 * steps every test needs (load a page, post a Faces form, sign in).
 */
public final class WebSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(TestServer.url(path)).GET());
  }

  public HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET());
  }

  public HttpResponse<String> getJson(URI uri) {
    return send(HttpRequest.newBuilder(uri).header("Accept", "application/json").GET());
  }

  /** Posts a form the way a browser does: url-encoded fields. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    return post(path, fields, Map.of());
  }

  public HttpResponse<String> post(
      String path, Map<String, String> fields, Map<String, String> headers) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestServer.url(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  /** Sends JSON (or no body when {@code json} is null) with the given method, as a script would. */
  public HttpResponse<String> json(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestServer.url(path))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return send(request);
  }

  /** Posts raw bytes, as a scanner uploading a file would. */
  public HttpResponse<String> upload(String path, byte[] content) {
    return send(
        HttpRequest.newBuilder(TestServer.url(path))
            .header("Accept", "application/json")
            .header("Content-Type", "application/octet-stream")
            .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  /** One part of a multipart/form-data body: a file (with a file name) or a form field. */
  public record Part(String name, String fileName, String contentType, byte[] content) {

    public static Part file(String name, String fileName, byte[] content) {
      return new Part(name, fileName, "application/octet-stream", content);
    }

    public static Part field(String name, String value) {
      return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Posts a multipart/form-data body, as {@code curl -F} does. */
  public HttpResponse<String> multipart(String path, List<Part> parts) {
    return multipartWithHeader(path, parts, null, null);
  }

  /**
   * The same with one more header (none when {@code header} is null), such as a browser's Origin.
   */
  public HttpResponse<String> multipartWithHeader(
      String path, List<Part> parts, String header, String value) {
    String boundary = "complyscore-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(part.fileName()).append('"');
      }
      head.append("\r\n");
      if (part.contentType() != null) {
        head.append("Content-Type: ").append(part.contentType()).append("\r\n");
      }
      head.append("\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(TestServer.url(path))
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .headers(
                header == null
                    ? new String[] {"X-Requested-By", "test"}
                    : new String[] {header, value})
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** A download: the bytes and the headers. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return client.send(
          HttpRequest.newBuilder(TestServer.url(path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Follows one redirect, as a browser would. */
  public HttpResponse<String> follow(HttpResponse<String> redirect) {
    String location =
        redirect
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new AssertionError("no redirect: " + redirect.statusCode()));
    return get(redirect.uri().resolve(location));
  }

  /** The login form's fields for these credentials, with the view state of the page just loaded. */
  public HttpResponse<String> signIn(String login, String password) {
    HttpResponse<String> page = get("login");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login-form", "login-form");
    form.put("login-form:username", login);
    form.put("login-form:password", password);
    form.put("login-form:sign-in", "");
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    return post("login", form);
  }

  /** Signs in as the first Owner and returns the response to the sign-in (a redirect). */
  public HttpResponse<String> signInAsAdmin() {
    return signIn("admin", TestServer.adminPassword());
  }

  public static String viewState(String html) {
    Matcher matcher = VIEW_STATE.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("the page has no Faces view state:\n" + html);
    }
    return matcher.group(1);
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /** Replaces the session cookie, as if the server had forgotten the session (a timeout). */
  public void forgetSessionOnServer() {
    URI base = TestServer.base();
    cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .toList()
        .forEach(cookie -> cookies.getCookieStore().remove(null, cookie));
    HttpCookie stale = new HttpCookie("JSESSIONID", "a-session-the-server-no-longer-knows");
    stale.setPath(base.getPath().replaceAll("/$", ""));
    stale.setVersion(0);
    cookies.getCookieStore().add(base, stale);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
