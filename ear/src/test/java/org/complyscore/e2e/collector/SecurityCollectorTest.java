package org.complyscore.e2e.collector;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.complyscore.e2e.support.Collector;
import org.complyscore.e2e.support.Collector.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample collector as a user runs it: the JDK's source launcher on
 * server-config/collectors/SecurityCollector.java, in a process of its own, against a stand-in
 * ComplyScore made with the JDK's HttpServer that serves chosen headers and records what is posted.
 */
class SecurityCollectorTest {

  private static final String TOKEN = "cst_Zm9vYmFyLWJhei1xdXV4LWNvcmdlLWdyYXVsdC1nYXJ";
  private static final String PASSWORD = "collector-test";

  /** A self-signed certificate for 127.0.0.1 that expires in 10 days, and a trust store for it. */
  @TempDir static Path keys;

  @TempDir Path temp;

  private Stand stand;

  @BeforeAll
  static void makeCertificate() throws Exception {
    keytool(
        "-genkeypair",
        "-alias",
        "server",
        "-keyalg",
        "EC",
        "-groupname",
        "secp256r1",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "SAN=ip:127.0.0.1",
        "-validity",
        "10",
        "-keystore",
        keys.resolve("server.p12").toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        PASSWORD,
        "-keypass",
        PASSWORD);
    keytool(
        "-exportcert",
        "-alias",
        "server",
        "-file",
        keys.resolve("server.cer").toString(),
        "-keystore",
        keys.resolve("server.p12").toString(),
        "-storepass",
        PASSWORD);
    keytool(
        "-importcert",
        "-noprompt",
        "-alias",
        "server",
        "-file",
        keys.resolve("server.cer").toString(),
        "-keystore",
        keys.resolve("trust.p12").toString(),
        "-storetype",
        "PKCS12",
        "-storepass",
        PASSWORD);
  }

  @AfterEach
  void stopStand() {
    if (stand != null) {
      stand.stop();
    }
  }

  @Test
  void postsEveryCheckOfARoundAsOneBatchWithTheBearerToken() throws Exception {
    stand = Stand.http();
    stand.homeHeader("Strict-Transport-Security", "max-age=31536000");
    stand.homeHeader("X-Content-Type-Options", "nosniff");
    stand.homeHeader("X-Frame-Options", "SAMEORIGIN");
    stand.homeHeader("Content-Security-Policy", "default-src 'self'; object-src 'none'");
    stand.homeHeader("Referrer-Policy", "unsafe-url");
    stand.homeHeader("Server", "Payara Server 6.2025.10");
    stand.loginCookie("theme=dark; Path=/");
    stand.loginCookie("JSESSIONID=7f3a; Path=/complyscore; HttpOnly; SameSite=Lax");
    Path loginDefs = write("login.defs", "# PASS_MAX_DAYS 30\nPASS_MAX_DAYS\t99999\n");

    Instant before = Instant.now().minusSeconds(1);
    Run run =
        collector(
            Map.of("COMPLYSCORE_TOKEN", TOKEN),
            List.of(),
            "--url",
            stand.base(),
            "--once",
            "--login-defs",
            loginDefs.toString());

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Posted 9 signals: 9 stored, 0 duplicates, 2 actions changed.");
    assertThat(stand.posts).hasSize(1);
    Post post = stand.posts.get(0);
    assertThat(post.authorization).isEqualTo("Bearer " + TOKEN);
    assertThat(post.contentType).startsWith("application/json");

    Map<String, JsonObject> signals = byCheck(post.body);
    assertThat(signals)
        .containsOnlyKeys(
            "web.tls",
            "web.hsts",
            "web.content-type-options",
            "web.frame-options",
            "web.content-security-policy",
            "web.referrer-policy",
            "web.session-cookie",
            "web.server-banner",
            "host.password-max-age");
    assertFail(signals.get("web.tls"), "high");
    assertFail(signals.get("web.hsts"), "medium");
    assertThat(signals.get("web.hsts").getString("detail")).contains("Not served over HTTPS");
    assertPass(signals.get("web.content-type-options"));
    assertPass(signals.get("web.frame-options"));
    assertPass(signals.get("web.content-security-policy"));
    assertFail(signals.get("web.referrer-policy"), "low");
    assertFail(signals.get("web.server-banner"), "low");
    assertThat(signals.get("web.server-banner").getString("detail")).contains("6.2025.10");
    assertFail(signals.get("host.password-max-age"), "medium");
    assertThat(signals.get("host.password-max-age").getString("detail"))
        .contains("99999", "never expire");

    JsonObject cookie = signals.get("web.session-cookie");
    assertThat(cookie.getString("result")).isEqualTo("partial");
    assertThat(cookie.getJsonNumber("fraction").doubleValue()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(cookie).doesNotContainKey("severity");
    assertThat(cookie.getString("detail")).contains("JSESSIONID", "lacks Secure");
    assertThat(cookie.getString("link")).isEqualTo(stand.base() + "/login");

    for (JsonObject signal : signals.values()) {
      String checkId = signal.getString("checkId");
      assertThat(signal.getString("resourceId"))
          .isEqualTo(checkId.startsWith("web.") ? stand.origin() : hostName());
      String observedAt = signal.getString("observedAt");
      assertThat(observedAt).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
      assertThat(Instant.parse(observedAt)).isBetween(before, Instant.now());
      assertThat(signal.getString("detail")).isNotBlank().hasSizeLessThanOrEqualTo(2000);
      if (!signal.getString("result").equals("partial")) {
        assertThat(signal).doesNotContainKey("fraction");
      }
      if (!signal.getString("result").equals("fail")) {
        assertThat(signal).doesNotContainKey("severity");
      }
    }
  }

  @Test
  void readsTheTokenFromAFileAndJudgesOtherHeadersTheOtherWay() throws Exception {
    stand = Stand.http();
    stand.homeHeader("X-Content-Type-Options", "sniff");
    stand.homeHeader("Content-Security-Policy", "frame-ancestors 'none'");
    stand.homeHeader("Referrer-Policy", "unsafe-url, no-referrer");
    stand.homeHeader("Server", "nginx");
    stand.loginCookie("JSESSIONID=7f3a; Path=/complyscore");
    Path loginDefs = write("login.defs", "PASS_MAX_DAYS 90\n");
    Path tokenFile = write("token", TOKEN + "\n");

    Run run =
        collector(
            Map.of(),
            List.of(),
            "--url",
            stand.base() + "/",
            "--token-file",
            tokenFile.toString(),
            "--login-defs",
            loginDefs.toString());

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(stand.posts).hasSize(1);
    assertThat(stand.posts.get(0).authorization).isEqualTo("Bearer " + TOKEN);
    Map<String, JsonObject> signals = byCheck(stand.posts.get(0).body);
    assertFail(signals.get("web.content-type-options"), "low");
    assertPass(signals.get("web.frame-options"));
    assertFail(signals.get("web.content-security-policy"), "medium");
    assertPass(signals.get("web.referrer-policy"));
    assertFail(signals.get("web.session-cookie"), "medium");
    assertThat(signals.get("web.session-cookie").getString("detail"))
        .contains("none of HttpOnly, Secure and SameSite");
    assertPass(signals.get("web.server-banner"));
    assertPass(signals.get("host.password-max-age"));
  }

  @Test
  void waitsAsA429AsksAndTriesOnceMore() throws Exception {
    stand = Stand.http();
    stand.answers.add(new Answer(429, "1", problem("Too many signals; wait a second.")));
    stand.answers.add(Answer.accepted());

    Run run = collector(Map.of("COMPLYSCORE_TOKEN", TOKEN), List.of(), "--url", stand.base());

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(stand.posts).hasSize(2);
    assertThat(stand.posts.get(1).body).isEqualTo(stand.posts.get(0).body);
    assertThat(Duration.between(stand.posts.get(0).at, stand.posts.get(1).at))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
  }

  @Test
  void givesUpWhenTheRetryIsRateLimitedToo() throws Exception {
    stand = Stand.http();
    stand.answers.add(new Answer(429, "0", problem("Too many signals.")));
    stand.answers.add(new Answer(429, "0", problem("Still too many signals.")));

    Run run = collector(Map.of("COMPLYSCORE_TOKEN", TOKEN), List.of(), "--url", stand.base());

    assertThat(run.exit()).as(run.toString()).isEqualTo(3);
    assertThat(stand.posts).hasSize(2);
    assertThat(run.err()).contains("HTTP 429", "Still too many signals.");
  }

  @Test
  void aRefusedBatchEndsTheProcessWithTheProblemDetail() throws Exception {
    stand = Stand.http();
    stand.answers.add(
        new Answer(
            400,
            null,
            """
            {"type":"about:blank","title":"Bad Request","status":400,
             "detail":"1 of 9 signals is not valid; none was stored.",
             "errors":[{"name":"[2].severity","message":"must be low, medium or high"}]}
            """));

    Run run = collector(Map.of("COMPLYSCORE_TOKEN", TOKEN), List.of(), "--url", stand.base());

    assertThat(run.exit()).as(run.toString()).isEqualTo(1);
    assertThat(stand.posts).hasSize(1);
    assertThat(run.err())
        .contains("HTTP 400")
        .contains("1 of 9 signals is not valid; none was stored.")
        .contains("[2].severity: must be low, medium or high");
  }

  @Test
  void withoutATokenItStopsWithTheUsageBeforeCheckingAnything() throws Exception {
    stand = Stand.http();

    Run run = collector(Map.of(), List.of(), "--url", stand.base(), "--once");

    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("No API token", "COMPLYSCORE_TOKEN", "Usage:");
    assertThat(stand.requests).isEmpty();
  }

  @Test
  void refusesATokenOnTheCommandLineAndBadArguments() throws Exception {
    stand = Stand.http();

    Run token = collector(Map.of(), List.of(), "--url", stand.base(), "--token", TOKEN);
    Run every =
        collector(
            Map.of("COMPLYSCORE_TOKEN", TOKEN), List.of(), "--url", stand.base(), "--every", "5");

    assertThat(token.exit()).as(token.toString()).isEqualTo(2);
    assertThat(token.err()).contains("--token is not taken").doesNotContain(TOKEN);
    assertThat(every.exit()).as(every.toString()).isEqualTo(2);
    assertThat(every.err()).contains("--every needs a number of seconds, at least 60");
    assertThat(stand.requests).isEmpty();
  }

  @Test
  void aDryRunPrintsTheBatchPostsNothingAndSkipsAMissingLoginDefs() throws Exception {
    stand = Stand.http();
    stand.loginCookie("JSESSIONID=7f3a; Secure; HttpOnly; SameSite=Strict");

    Run run =
        collector(
            Map.of(),
            List.of(),
            "--url",
            stand.base(),
            "--dry-run",
            "--login-defs",
            temp.resolve("missing").toString());

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(run.err()).contains("skipped host.password-max-age");
    assertThat(stand.posts).isEmpty();
    Map<String, JsonObject> signals = byCheck(run.out());
    assertThat(signals).hasSize(8).doesNotContainKey("host.password-max-age");
    assertPass(signals.get("web.session-cookie"));
  }

  @Test
  void overHttpsATrustedCertificateThatExpiresSoonFailsMedium() throws Exception {
    stand = Stand.https();
    stand.homeHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    stand.loginCookie("JSESSIONID=7f3a; Secure; HttpOnly; SameSite=Strict");

    Run run =
        collector(
            Map.of("COMPLYSCORE_TOKEN", TOKEN),
            trustStore(),
            "--url",
            stand.base(),
            "--login-defs",
            temp.resolve("missing").toString());

    assertThat(run.exit()).as(run.toString()).isZero();
    assertThat(stand.posts).hasSize(1);
    Map<String, JsonObject> signals = byCheck(stand.posts.get(0).body);
    assertFail(signals.get("web.tls"), "medium");
    assertThat(signals.get("web.tls").getString("detail"))
        .containsPattern("TLSv1\\.[23], but the certificate expires in (9|10) days");
    assertThat(signals.get("web.tls").getString("resourceId")).isEqualTo(stand.origin());
    assertPass(signals.get("web.hsts"));
    assertPass(signals.get("web.session-cookie"));
  }

  @Test
  void trustAllForTestingStillReportsTheUntrustedCertificate() throws Exception {
    stand = Stand.https();
    stand.homeHeader("Strict-Transport-Security", "max-age=86400");

    Run run =
        collector(
            Map.of("COMPLYSCORE_TOKEN", TOKEN),
            List.of(),
            "--url",
            stand.base(),
            "--trust-all-for-testing",
            "--login-defs",
            temp.resolve("missing").toString());

    assertThat(run.exit()).as(run.toString()).isZero();
    Map<String, JsonObject> signals = byCheck(stand.posts.get(0).body);
    assertFail(signals.get("web.tls"), "high");
    assertThat(signals.get("web.tls").getString("detail")).contains("not trusted");
    assertFail(signals.get("web.hsts"), "medium");
    assertThat(signals.get("web.hsts").getString("detail")).contains("too short");
  }

  @Test
  void anUntrustedCertificateFailsTheTlsCheckAndStopsTheOthers() throws Exception {
    stand = Stand.https();

    Run run =
        collector(
            Map.of(),
            List.of(),
            "--url",
            stand.base(),
            "--dry-run",
            "--login-defs",
            temp.resolve("missing").toString());

    assertThat(run.exit()).as(run.toString()).isZero();
    Map<String, JsonObject> signals = byCheck(run.out());
    assertThat(signals).containsOnlyKeys("web.tls");
    assertFail(signals.get("web.tls"), "high");
    assertThat(signals.get("web.tls").getString("detail")).contains("TLS handshake failed");
    assertThat(run.err()).contains("-Djavax.net.ssl.trustStore");
  }

  // ---------------------------------------------------------------------------------------------

  private static void assertPass(JsonObject signal) {
    assertThat(signal.getString("result")).as(signal.toString()).isEqualTo("pass");
    assertThat(signal).doesNotContainKeys("severity", "fraction");
  }

  private static void assertFail(JsonObject signal, String severity) {
    assertThat(signal.getString("result")).as(signal.toString()).isEqualTo("fail");
    assertThat(signal.getString("severity")).as(signal.toString()).isEqualTo(severity);
  }

  private static Map<String, JsonObject> byCheck(String json) {
    JsonArray batch = Json.createReader(new StringReader(json)).readArray();
    return batch.getValuesAs(JsonObject.class).stream()
        .collect(
            Collectors.toMap(
                signal -> signal.getString("checkId"),
                Function.identity(),
                (a, b) -> {
                  throw new AssertionError("Two signals of " + a.getString("checkId"));
                },
                LinkedHashMap::new));
  }

  private static String problem(String detail) {
    return "{\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\"" + detail + "\"}";
  }

  private static String hostName() throws IOException {
    return InetAddress.getLocalHost().getHostName();
  }

  private List<String> trustStore() {
    return List.of(
        "-Djavax.net.ssl.trustStore=" + keys.resolve("trust.p12"),
        "-Djavax.net.ssl.trustStorePassword=" + PASSWORD,
        "-Djavax.net.ssl.trustStoreType=PKCS12");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content, UTF_8);
  }

  /** Runs the collector with the JDK's source launcher, in the temp dir, with only this token. */
  private Run collector(Map<String, String> environment, List<String> jvmOptions, String... args) {
    return Collector.run(temp, environment, jvmOptions, args);
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }

  private record Post(Instant at, String authorization, String contentType, String body) {}

  private record Answer(int status, String retryAfter, String body) {
    static Answer accepted() {
      return new Answer(
          200,
          null,
          "{\"received\":9,\"stored\":9,\"duplicates\":0,\"unknownChecks\":[],"
              + "\"actionsChanged\":2}");
    }
  }

  /**
   * A stand-in ComplyScore under /complyscore: its home page with chosen headers, a login page with
   * chosen cookies, and POST /api/signals that records each post and gives the next planned answer
   * (or "stored").
   */
  private static final class Stand {
    final List<String> requests = new CopyOnWriteArrayList<>();
    final List<Post> posts = new CopyOnWriteArrayList<>();
    final Deque<Answer> answers = new ConcurrentLinkedDeque<>();
    private final Map<String, String> homeHeaders = new LinkedHashMap<>();
    private final List<String> loginCookies = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final String scheme;

    private Stand(HttpServer server, String scheme) {
      this.server = server;
      this.scheme = scheme;
      server.createContext("/complyscore/", this::home);
      server.createContext("/complyscore/login", this::login);
      server.createContext("/complyscore/api/signals", this::signals);
      server.start();
    }

    static Stand http() throws IOException {
      return new Stand(HttpServer.create(loopback(), 0), "http");
    }

    static Stand https() throws Exception {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(keys.resolve("server.p12"))) {
        keyStore.load(in, PASSWORD.toCharArray());
      }
      KeyManagerFactory keyManagers =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keyStore, PASSWORD.toCharArray());
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), null, null);
      HttpsServer server = HttpsServer.create(loopback(), 0);
      server.setHttpsConfigurator(new HttpsConfigurator(context));
      return new Stand(server, "https");
    }

    private static InetSocketAddress loopback() {
      return new InetSocketAddress("127.0.0.1", 0);
    }

    String origin() {
      return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    String base() {
      return origin() + "/complyscore";
    }

    void homeHeader(String name, String value) {
      homeHeaders.put(name, value);
    }

    void loginCookie(String setCookie) {
      loginCookies.add(setCookie);
    }

    void stop() {
      server.stop(0);
    }

    private void home(HttpExchange exchange) throws IOException {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
      if (!exchange.getRequestURI().getPath().equals("/complyscore/")) {
        answer(exchange, 404, "text/plain", "not here");
        return;
      }
      homeHeaders.forEach(exchange.getResponseHeaders()::add);
      answer(exchange, 200, "text/html", "<html><body>Overview</body></html>");
    }

    private void login(HttpExchange exchange) throws IOException {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
      loginCookies.forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
      answer(exchange, 200, "text/html", "<html><body>Sign in</body></html>");
    }

    private void signals(HttpExchange exchange) throws IOException {
      requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
      String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
      posts.add(
          new Post(
              Instant.now(),
              exchange.getRequestHeaders().getFirst("Authorization"),
              exchange.getRequestHeaders().getFirst("Content-Type"),
              body));
      Answer next = answers.isEmpty() ? Answer.accepted() : answers.poll();
      if (next.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", next.retryAfter());
      }
      answer(
          exchange,
          next.status(),
          next.status() == 200 ? "application/json" : "application/problem+json",
          next.body());
    }

    private static void answer(HttpExchange exchange, int status, String type, String body)
        throws IOException {
      byte[] bytes = body.getBytes(UTF_8);
      exchange.getResponseHeaders().add("Content-Type", type);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    }
  }
}
