import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The sample collector: checks a ComplyScore server's HTTP security headers, TLS and session
 * cookie, and the password policy of the host it runs on, and posts the results as signals to
 * {@code POST /api/signals}. A single JDK-only file, so that it runs anywhere a JDK 17 is, without
 * a build:
 *
 * <pre>
 * COMPLYSCORE_TOKEN=cst_... java SecurityCollector.java --url http://localhost:8080/complyscore --once
 * </pre>
 *
 * <p>See README.md beside it for what each check looks at and which baseline actions listen.
 */
public class SecurityCollector {

  static final String USAGE =
      """
      Usage: java SecurityCollector.java --url BASE_URL [--once | --every SECONDS] [--dry-run]
                                         [--token-file PATH] [--trust-all-for-testing] [--login-defs PATH]

      Checks the ComplyScore server at BASE_URL (such as http://localhost:8080/complyscore) and this host,
      and posts the results as signals to BASE_URL/api/signals.

        --url BASE_URL           the ComplyScore server, with its context root
        --once                   one round of checks, then exit (the default)
        --every SECONDS          a round every SECONDS (at least 60) until stopped
        --dry-run                print the signals as JSON instead of posting them (needs no token)
        --token-file PATH        read the API token from this file instead of COMPLYSCORE_TOKEN
        --trust-all-for-testing  accept any TLS certificate, for a test server with a self-signed one;
                                 web.tls still reports it as untrusted
        --login-defs PATH        where PASS_MAX_DAYS is set (default /etc/login.defs)

      The API token (scope signals:write) comes from the environment variable COMPLYSCORE_TOKEN or from
      --token-file, never from the command line, where every user of this host could read it.

      Exit codes: 0 done, 1 the server refused the signals, 2 bad arguments,
                  3 the server could not be reached, failed or asked to wait (try again later).\
      """;

  static final int OK = 0;
  static final int REFUSED = 1;
  static final int USAGE_ERROR = 2;
  static final int UNAVAILABLE = 3;

  /** 180 days: what HSTS preload lists and most baselines ask for. */
  static final long HSTS_MIN_SECONDS = 15_552_000;

  static final int CERTIFICATE_MIN_DAYS = 14;
  static final int PASSWORD_MAX_DAYS = 365;
  static final int MIN_EVERY_SECONDS = 60;
  static final int HEADER_SHOWN = 120;

  /** A version in a banner: "Apache/2.4.58", "Payara Server 6.2025.10", "PHP/8". */
  static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+|/\\s*v?\\d");

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args, System.getenv());
    } catch (UsageException e) {
      System.err.println(e.getMessage());
      System.err.println();
      System.err.println(USAGE);
      System.exit(USAGE_ERROR);
      return;
    }
    if (options.help) {
      System.out.println(USAGE);
      return;
    }
    System.exit(new SecurityCollector(options).run());
  }

  private final Options options;

  /**
   * Where the human-readable report goes. With --dry-run standard output carries the JSON alone, so
   * that it can be piped into another tool; the report then goes to standard error.
   */
  private final PrintStream report;

  SecurityCollector(Options options) {
    this.options = options;
    this.report = options.dryRun ? System.err : System.out;
  }

  int run() {
    if (options.everySeconds == 0) {
      return round();
    }
    while (true) {
      Instant start = Instant.now();
      int result = round();
      // A refusal (bad token, bad data) will not mend itself; anything else may by the next round.
      if (result == REFUSED) {
        return result;
      }
      Duration wait = Duration.between(Instant.now(), start.plusSeconds(options.everySeconds));
      report.println("Next round at " + Instant.now().plus(wait).truncatedTo(ChronoUnit.SECONDS));
      if (!sleep(wait)) {
        return OK;
      }
    }
  }

  /** One round: every check, then all its signals in one batch. */
  int round() {
    String observedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    // A new client each round: each round makes a new TLS handshake and sees today's certificate.
    Client client = new Client(options.trustAllForTesting);
    List<Signal> signals = new ArrayList<>();
    try {
      signals.addAll(checkServer(client));
    } catch (IOException e) {
      System.err.println("Could not reach " + options.base + ": " + describe(e));
      return UNAVAILABLE;
    }
    checkPasswordMaxAge().ifPresent(signals::add);
    for (Signal signal : signals) {
      report.printf("%-28s %-14s %s%n", signal.checkId, signal.outcome(), signal.detail);
    }

    String json = Signal.toJson(signals, observedAt);
    if (options.dryRun) {
      System.out.println(json);
      return OK;
    }
    if (signals.isEmpty()) {
      report.println("Nothing to post.");
      return OK;
    }
    return post(client, json, signals.size());
  }

  // ---------------------------------------------------------------------------------------------
  // The server's checks

  List<Signal> checkServer(Client client) throws IOException {
    String origin = origin(options.base);
    String home = options.base + "/";
    String login = options.base + "/login";
    List<Signal> signals = new ArrayList<>();

    HttpResponse<Void> page;
    try {
      page = client.get(home);
    } catch (SSLException e) {
      // Without a handshake there are no headers to look at; web.tls says why.
      Signal tls =
          Signal.fail("web.tls", origin, "high", "The TLS handshake failed: " + describe(e));
      tls.link = home;
      signals.add(tls);
      System.err.println(
          "Skipped the other web checks: no TLS connection. If the certificate is one of your own,"
              + " add it to a trust store and run java with -Djavax.net.ssl.trustStore=FILE"
              + " -Djavax.net.ssl.trustStorePassword=PASSWORD (or, on a test server only,"
              + " --trust-all-for-testing).");
      return signals;
    }
    String landing = page.headers().firstValue("Location").orElse(null);
    if (page.statusCode() / 100 == 3 && landing != null) {
      // The start address sends a visitor on (to the login page when nobody is signed in): the
      // page people land on is the one whose headers protect them.
      String next = java.net.URI.create(home).resolve(landing).toString();
      if (origin(next).equals(origin)) {
        home = next;
        page = client.get(home);
      }
    }
    if (page.statusCode() >= 400) {
      report.printf(
          "Warning: GET %s answered %d; is --url the base address?%n", home, page.statusCode());
    }
    HttpHeaders headers = page.headers();
    boolean https = origin.startsWith("https:");

    signals.add(checkTls(origin, https, page.sslSession(), client.untrustedReason()));
    signals.add(checkHsts(origin, https, headers));
    signals.add(checkContentTypeOptions(origin, headers));
    signals.add(checkFrameOptions(origin, headers));
    signals.add(checkContentSecurityPolicy(origin, headers));
    signals.add(checkReferrerPolicy(origin, headers));
    HttpResponse<Void> loginPage = client.get(login);
    checkSessionCookie(origin, loginPage)
        .ifPresentOrElse(
            signal -> {
              signal.link = login;
              signals.add(signal);
            },
            () ->
                report.printf(
                    "skipped web.session-cookie: GET %s answered %d and set no session cookie%n",
                    login, loginPage.statusCode()));
    signals.add(checkServerBanner(origin, headers));
    String checked = home;
    signals.stream().filter(signal -> signal.link == null).forEach(signal -> signal.link = checked);
    return signals;
  }

  static Signal checkTls(
      String origin, boolean https, Optional<SSLSession> session, Optional<String> untrusted) {
    if (!https || session.isEmpty()) {
      return Signal.fail("web.tls", origin, "high", "Served over plain HTTP, not HTTPS.");
    }
    String protocol = session.get().getProtocol();
    if (!protocol.equals("TLSv1.2") && !protocol.equals("TLSv1.3")) {
      return Signal.fail(
          "web.tls", origin, "high", "Negotiated " + protocol + "; TLS 1.2 or later is needed.");
    }
    if (untrusted.isPresent()) {
      return Signal.fail(
          "web.tls",
          origin,
          "high",
          protocol + ", but the certificate is not trusted: " + cut(untrusted.get(), 300));
    }
    X509Certificate certificate;
    try {
      certificate = (X509Certificate) session.get().getPeerCertificates()[0];
    } catch (IOException e) {
      return Signal.fail("web.tls", origin, "high", protocol + ", but no server certificate.");
    }
    Instant notAfter = certificate.getNotAfter().toInstant();
    long daysLeft = Duration.between(Instant.now(), notAfter).toDays();
    LocalDate until = LocalDate.ofInstant(notAfter, ZoneOffset.UTC);
    if (daysLeft < CERTIFICATE_MIN_DAYS) {
      return Signal.fail(
          "web.tls",
          origin,
          "medium",
          protocol + ", but the certificate expires in " + daysLeft + " days (on " + until + ").");
    }
    return Signal.pass(
        "web.tls",
        origin,
        protocol + "; the certificate is valid until " + until + " (" + daysLeft + " days).");
  }

  static Signal checkHsts(String origin, boolean https, HttpHeaders headers) {
    Optional<String> hsts = headers.firstValue("Strict-Transport-Security");
    if (!https) {
      // Browsers ignore the header on plain HTTP: only an HTTPS response can set it.
      return Signal.fail(
          "web.hsts",
          origin,
          "medium",
          "Not served over HTTPS, so Strict-Transport-Security cannot take effect.");
    }
    if (hsts.isEmpty()) {
      return Signal.fail(
          "web.hsts", origin, "medium", "No Strict-Transport-Security header is served.");
    }
    long maxAge = -1;
    for (String directive : hsts.get().split(";")) {
      String[] nameValue = directive.strip().split("=", 2);
      if (nameValue.length == 2 && nameValue[0].strip().equalsIgnoreCase("max-age")) {
        try {
          maxAge = Long.parseLong(nameValue[1].strip().replace("\"", ""));
        } catch (NumberFormatException e) {
          maxAge = -1;
        }
      }
    }
    String shown = "Strict-Transport-Security is '" + cut(hsts.get(), HEADER_SHOWN) + "'";
    if (maxAge < 0) {
      return Signal.fail("web.hsts", origin, "medium", shown + ": it has no valid max-age.");
    }
    if (maxAge < HSTS_MIN_SECONDS) {
      return Signal.fail(
          "web.hsts",
          origin,
          "medium",
          shown + ": max-age is too short (at least " + HSTS_MIN_SECONDS + " seconds, 180 days).");
    }
    return Signal.pass("web.hsts", origin, shown + ".");
  }

  static Signal checkContentTypeOptions(String origin, HttpHeaders headers) {
    Optional<String> value = headers.firstValue("X-Content-Type-Options");
    if (value.isPresent() && value.get().strip().equalsIgnoreCase("nosniff")) {
      return Signal.pass("web.content-type-options", origin, "X-Content-Type-Options is nosniff.");
    }
    return Signal.fail(
        "web.content-type-options",
        origin,
        "low",
        value
            .map(v -> "X-Content-Type-Options is '" + cut(v, HEADER_SHOWN) + "', not nosniff.")
            .orElse("No X-Content-Type-Options header is served."));
  }

  static Signal checkFrameOptions(String origin, HttpHeaders headers) {
    Optional<String> frameOptions = headers.firstValue("X-Frame-Options").map(String::strip);
    if (frameOptions.isPresent()
        && (frameOptions.get().equalsIgnoreCase("DENY")
            || frameOptions.get().equalsIgnoreCase("SAMEORIGIN"))) {
      return Signal.pass(
          "web.frame-options", origin, "X-Frame-Options is " + frameOptions.get() + ".");
    }
    String frameAncestors = cspDirectives(headers).get("frame-ancestors");
    if (frameAncestors != null) {
      return Signal.pass(
          "web.frame-options",
          origin,
          "Content-Security-Policy sets frame-ancestors " + cut(frameAncestors, 80) + ".");
    }
    String seen =
        frameOptions
            .map(v -> "X-Frame-Options is '" + cut(v, HEADER_SHOWN) + "', which browsers ignore,")
            .orElse("No X-Frame-Options header is served");
    return Signal.fail(
        "web.frame-options",
        origin,
        "medium",
        seen + " and Content-Security-Policy has no frame-ancestors: other sites may frame pages.");
  }

  static Signal checkContentSecurityPolicy(String origin, HttpHeaders headers) {
    List<String> policies = headers.allValues("Content-Security-Policy");
    if (policies.isEmpty()) {
      return Signal.fail(
          "web.content-security-policy",
          origin,
          "medium",
          "No Content-Security-Policy header is served.");
    }
    Map<String, String> directives = cspDirectives(headers);
    String shown = "Content-Security-Policy is '" + cut(String.join(", ", policies), 200) + "'";
    if (directives.containsKey("default-src") || directives.containsKey("script-src")) {
      return Signal.pass("web.content-security-policy", origin, shown + ".");
    }
    return Signal.fail(
        "web.content-security-policy",
        origin,
        "medium",
        shown + ": it has neither default-src nor script-src, so it does not restrict scripts.");
  }

  static Signal checkReferrerPolicy(String origin, HttpHeaders headers) {
    Optional<String> value = headers.firstValue("Referrer-Policy").map(String::strip);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Signal.fail(
          "web.referrer-policy", origin, "low", "No Referrer-Policy header is served.");
    }
    // The header may list fallbacks; browsers apply the last policy they know, so the last counts.
    String[] policies = value.get().split(",");
    String effective = policies[policies.length - 1].strip();
    if (effective.equalsIgnoreCase("unsafe-url")) {
      return Signal.fail(
          "web.referrer-policy",
          origin,
          "low",
          "Referrer-Policy is unsafe-url: full addresses leak to every other site.");
    }
    return Signal.pass(
        "web.referrer-policy",
        origin,
        "Referrer-Policy is '" + cut(value.get(), HEADER_SHOWN) + "'.");
  }

  static Optional<Signal> checkSessionCookie(String origin, HttpResponse<?> loginPage) {
    List<String> cookies = loginPage.headers().allValues("Set-Cookie");
    // Java servers name it JSESSIONID; behind another server it may be any name with "sess" in it.
    Optional<String> session =
        cookies.stream().filter(c -> cookieName(c).equals("JSESSIONID")).findFirst();
    if (session.isEmpty()) {
      session =
          cookies.stream()
              .filter(c -> cookieName(c).toLowerCase(Locale.ROOT).contains("sess"))
              .findFirst();
    }
    if (session.isEmpty()) {
      return Optional.empty();
    }
    String name = cookieName(session.get());
    List<String> present = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    Map<String, String> attributes = cookieAttributes(session.get());
    (attributes.containsKey("httponly") ? present : missing).add("HttpOnly");
    (attributes.containsKey("secure") ? present : missing).add("Secure");
    // SameSite=None is set but protects nothing, so it counts as missing.
    String sameSite = attributes.getOrDefault("samesite", "");
    if (sameSite.equalsIgnoreCase("Lax") || sameSite.equalsIgnoreCase("Strict")) {
      present.add("SameSite=" + sameSite);
    } else {
      missing.add(sameSite.isEmpty() ? "SameSite" : "SameSite (it is '" + cut(sameSite, 20) + "')");
    }

    String cookie = "The session cookie " + cut(name, 40);
    if (missing.isEmpty()) {
      return Optional.of(
          Signal.pass(
              "web.session-cookie", origin, cookie + " is " + String.join(", ", present) + "."));
    }
    if (present.isEmpty()) {
      return Optional.of(
          Signal.fail(
              "web.session-cookie",
              origin,
              "medium",
              cookie + " has none of HttpOnly, Secure and SameSite."));
    }
    return Optional.of(
        Signal.partial(
            "web.session-cookie",
            origin,
            present.size() / 3.0,
            cookie
                + " is "
                + String.join(", ", present)
                + " but lacks "
                + String.join(" and ", missing)
                + "."));
  }

  static Signal checkServerBanner(String origin, HttpHeaders headers) {
    List<String> revealing = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (String header : List.of("Server", "X-Powered-By")) {
      for (String value : headers.allValues(header)) {
        String shown = header + " '" + cut(value, HEADER_SHOWN) + "'";
        seen.add(shown);
        if (VERSION.matcher(value).find()) {
          revealing.add(shown);
        }
      }
    }
    if (!revealing.isEmpty()) {
      return Signal.fail(
          "web.server-banner",
          origin,
          "low",
          "A product version is revealed: " + String.join(", ", revealing) + ".");
    }
    return Signal.pass(
        "web.server-banner",
        origin,
        seen.isEmpty()
            ? "Neither Server nor X-Powered-By is served."
            : "No version is revealed: " + String.join(", ", seen) + ".");
  }

  /** Directive name → value of every policy served (CSP allows several headers and comma lists). */
  static Map<String, String> cspDirectives(HttpHeaders headers) {
    Map<String, String> directives = new LinkedHashMap<>();
    for (String policy : headers.allValues("Content-Security-Policy")) {
      for (String directive : policy.split("[;,]")) {
        String[] nameValue = directive.strip().split("\\s+", 2);
        if (!nameValue[0].isEmpty()) {
          directives.putIfAbsent(
              nameValue[0].toLowerCase(Locale.ROOT), nameValue.length == 2 ? nameValue[1] : "");
        }
      }
    }
    return directives;
  }

  static String cookieName(String setCookie) {
    int equals = setCookie.indexOf('=');
    return (equals < 0 ? setCookie : setCookie.substring(0, equals)).strip();
  }

  /** The attributes after the name=value pair, names in lower case. */
  static Map<String, String> cookieAttributes(String setCookie) {
    Map<String, String> attributes = new LinkedHashMap<>();
    String[] parts = setCookie.split(";");
    for (int i = 1; i < parts.length; i++) {
      String[] nameValue = parts[i].strip().split("=", 2);
      attributes.put(
          nameValue[0].strip().toLowerCase(Locale.ROOT),
          nameValue.length == 2 ? nameValue[1].strip() : "");
    }
    return attributes;
  }

  // ---------------------------------------------------------------------------------------------
  // The host's checks

  Optional<Signal> checkPasswordMaxAge() {
    Path file = options.loginDefs;
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      report.println(
          "skipped host.password-max-age: cannot read " + file + " (" + describe(e) + ")");
      return Optional.empty();
    }
    return Optional.of(passwordMaxAge(hostName(), file.toString(), lines));
  }

  static Signal passwordMaxAge(String host, String file, List<String> lines) {
    String value = null;
    for (String line : lines) {
      String[] fields = line.strip().split("\\s+");
      // Comment lines start with "#", so "#PASS_MAX_DAYS" does not match; the last setting wins.
      if (fields.length >= 2 && fields[0].equals("PASS_MAX_DAYS")) {
        value = fields[1];
      }
    }
    String id = "host.password-max-age";
    if (value == null) {
      return Signal.fail(
          id, host, "medium", "PASS_MAX_DAYS is not set in " + file + ": passwords never expire.");
    }
    long days;
    try {
      days = Long.parseLong(value);
    } catch (NumberFormatException e) {
      return Signal.fail(
          id, host, "medium", "PASS_MAX_DAYS in " + file + " is '" + cut(value, 20) + "'.");
    }
    String setting = "PASS_MAX_DAYS is " + days + " in " + file;
    if (days < 0 || days >= 99999) {
      return Signal.fail(id, host, "medium", setting + ": passwords never expire.");
    }
    if (days > PASSWORD_MAX_DAYS) {
      return Signal.fail(
          id, host, "medium", setting + ": more than " + PASSWORD_MAX_DAYS + " days.");
    }
    return Signal.pass(id, host, setting + ".");
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      // A host whose own name does not resolve: the environment usually still knows it.
      return Optional.ofNullable(System.getenv("HOSTNAME"))
          .or(() -> Optional.ofNullable(System.getenv("COMPUTERNAME")))
          .orElse("localhost");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Posting

  int post(Client client, String json, int count) {
    String url = options.base + "/api/signals";
    try {
      HttpResponse<String> response = client.post(url, options.token, json);
      if (response.statusCode() == 429) {
        long seconds = retryAfterSeconds(response.headers());
        report.println(
            "The server asks to slow down (429); trying once more in " + seconds + " s.");
        if (!sleep(Duration.ofSeconds(seconds))) {
          return UNAVAILABLE;
        }
        response = client.post(url, options.token, json);
      }
      int status = response.statusCode();
      if (status == 200) {
        Map<?, ?> summary = (Map<?, ?>) Json.parse(response.body());
        report.printf(
            "Posted %d signals: %s stored, %s duplicates, %s actions changed.%n",
            count, summary.get("stored"), summary.get("duplicates"), summary.get("actionsChanged"));
        List<?> unknown = (List<?>) summary.get("unknownChecks");
        if (unknown != null && !unknown.isEmpty()) {
          report.println(
              "No action listens to: "
                  + unknown.stream().map(String::valueOf).collect(Collectors.joining(", "))
                  + " (is the baseline assessment there?)");
        }
        return OK;
      }
      printProblem(status, response);
      if (status == 429) {
        // Still rate limited after waiting: not a mistake in the signals, so --every goes on.
        return UNAVAILABLE;
      }
      return status >= 400 && status < 500 ? REFUSED : UNAVAILABLE;
    } catch (IOException e) {
      System.err.println("Could not post to " + url + ": " + describe(e));
      return UNAVAILABLE;
    } catch (RuntimeException e) {
      System.err.println("The server's answer could not be read: " + e.getMessage());
      return UNAVAILABLE;
    }
  }

  static void printProblem(int status, HttpResponse<String> response) {
    System.err.println("The server did not take the signals: HTTP " + status + ".");
    switch (status) {
      case 401 -> System.err.println("The token is unknown, expired or revoked.");
      case 403 -> System.err.println("The token lacks the scope signals:write.");
      default -> {}
    }
    Object body;
    try {
      body = Json.parse(response.body());
    } catch (RuntimeException e) {
      body = null;
    }
    if (body instanceof Map<?, ?> problem) {
      if (problem.get("detail") != null) {
        System.err.println(problem.get("detail"));
      }
      if (problem.get("errors") instanceof List<?> errors) {
        for (Object error : errors) {
          if (error instanceof Map<?, ?> field) {
            System.err.println("  " + field.get("name") + ": " + field.get("message"));
          }
        }
      }
    } else if (!response.body().isBlank()) {
      System.err.println(cut(response.body(), 500));
    }
  }

  /** Retry-After in seconds or as an HTTP date; a minute when absent or unreadable. */
  static long retryAfterSeconds(HttpHeaders headers) {
    String value = headers.firstValue("Retry-After").orElse("").strip();
    try {
      return Math.max(0, Long.parseLong(value));
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        return Math.max(0, Duration.between(Instant.now(), at.toInstant()).toSeconds());
      } catch (RuntimeException notADate) {
        return 60;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Small helpers

  /** scheme://host:port, the port always written, so that ":443" or not gives the same resource. */
  static String origin(String base) {
    URI uri = URI.create(base);
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  static String cut(String text, int max) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
  }

  static String describe(Exception e) {
    if (e instanceof ConnectException) {
      return "connection refused";
    }
    if (e instanceof HttpTimeoutException) {
      return "no answer in time";
    }
    Throwable cause = e;
    while (cause.getCause() != null && cause.getMessage() == null) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
  }

  /** Sleeps; false when interrupted (the process is being stopped). */
  static boolean sleep(Duration duration) {
    try {
      Thread.sleep(Math.max(0, duration.toMillis()));
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** One check's result, in the form POST /api/signals takes. */
  static final class Signal {
    final String checkId;
    final String resourceId;
    final String result;
    final Double fraction;
    final String severity;
    final String detail;
    String link;

    private Signal(
        String checkId,
        String resourceId,
        String result,
        Double fraction,
        String severity,
        String detail) {
      this.checkId = checkId;
      this.resourceId = resourceId;
      this.result = result;
      this.fraction = fraction;
      this.severity = severity;
      this.detail = cut(detail, 2000);
    }

    static Signal pass(String checkId, String resourceId, String detail) {
      return new Signal(checkId, resourceId, "pass", null, null, detail);
    }

    static Signal fail(String checkId, String resourceId, String severity, String detail) {
      return new Signal(checkId, resourceId, "fail", null, severity, detail);
    }

    static Signal partial(String checkId, String resourceId, double fraction, String detail) {
      return new Signal(checkId, resourceId, "partial", fraction, null, detail);
    }

    String outcome() {
      return switch (result) {
        case "fail" -> "fail " + severity;
        case "partial" -> String.format(Locale.ROOT, "partial %.2f", fraction);
        default -> result;
      };
    }

    static String toJson(List<Signal> signals, String observedAt) {
      return signals.stream()
          .map(signal -> signal.toJson(observedAt))
          .collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
    }

    String toJson(String observedAt) {
      StringBuilder json = new StringBuilder("{");
      json.append("\"checkId\":").append(Json.quote(checkId));
      json.append(",\"resourceId\":").append(Json.quote(resourceId));
      json.append(",\"result\":").append(Json.quote(result));
      if (fraction != null) {
        json.append(",\"fraction\":").append(fraction);
      }
      if (severity != null) {
        json.append(",\"severity\":").append(Json.quote(severity));
      }
      json.append(",\"observedAt\":").append(Json.quote(observedAt));
      json.append(",\"detail\":").append(Json.quote(detail));
      if (link != null && link.length() <= 1000) {
        json.append(",\"link\":").append(Json.quote(link));
      }
      return json.append('}').toString();
    }
  }

  /** The HTTP side: one JDK HttpClient per round, and what its TLS handshake found. */
  static final class Client {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final HttpClient http;
    private final RecordingTrustManager trustAll;

    Client(boolean trustAllForTesting) {
      HttpClient.Builder builder =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              // The checks look at what the given address itself answers, not where it sends.
              .followRedirects(HttpClient.Redirect.NEVER);
      if (trustAllForTesting) {
        trustAll = new RecordingTrustManager();
        builder.sslContext(trustAll.sslContext());
      } else {
        trustAll = null;
      }
      http = builder.build();
    }

    HttpResponse<Void> get(String url) throws IOException {
      return send(request(url).GET().build(), HttpResponse.BodyHandlers.discarding());
    }

    HttpResponse<String> post(String url, String token, String json) throws IOException {
      HttpRequest request =
          request(url)
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json, application/problem+json")
              .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
              .build();
      return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Why the certificate would have been refused, when --trust-all-for-testing let it pass. */
    Optional<String> untrustedReason() {
      return trustAll == null ? Optional.empty() : Optional.ofNullable(trustAll.refusal);
    }

    private static HttpRequest.Builder request(String url) {
      return HttpRequest.newBuilder(URI.create(url))
          .timeout(TIMEOUT)
          .header("User-Agent", "ComplyScore-SecurityCollector/1");
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
        throws IOException {
      try {
        return http.send(request, handler);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  /**
   * Accepts every certificate, but first asks the JDK's own trust manager (chain and host name),
   * and remembers its refusal, so that web.tls can still report an untrusted certificate.
   */
  static final class RecordingTrustManager extends X509ExtendedTrustManager {
    private final X509ExtendedTrustManager standard;
    volatile String refusal;

    RecordingTrustManager() {
      try {
        TrustManagerFactory factory =
            TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        standard =
            (X509ExtendedTrustManager)
                Arrays.stream(factory.getTrustManagers())
                    .filter(X509ExtendedTrustManager.class::isInstance)
                    .findFirst()
                    .orElseThrow();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    SSLContext sslContext() {
      try {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {this}, null);
        return context;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
      try {
        standard.checkServerTrusted(chain, authType, engine);
      } catch (CertificateException e) {
        refusal = e.getMessage();
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
      try {
        standard.checkServerTrusted(chain, authType, socket);
      } catch (CertificateException e) {
        refusal = e.getMessage();
      }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
      try {
        standard.checkServerTrusted(chain, authType);
      } catch (CertificateException e) {
        refusal = e.getMessage();
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      throw new CertificateException("A collector authenticates no clients.");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      throw new CertificateException("A collector authenticates no clients.");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      throw new CertificateException("A collector authenticates no clients.");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return standard.getAcceptedIssuers();
    }
  }

  /** The command line, checked before anything is done. */
  static final class Options {
    String base;
    long everySeconds;
    boolean dryRun;
    boolean trustAllForTesting;
    boolean help;
    Path loginDefs = Path.of("/etc/login.defs");
    String token;

    static Options parse(String[] args, Map<String, String> environment) throws UsageException {
      Options options = new Options();
      Path tokenFile = null;
      boolean once = false;
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--url" -> options.base = value(args, ++i, arg);
          case "--once" -> once = true;
          case "--every" -> options.everySeconds = seconds(value(args, ++i, arg));
          case "--dry-run" -> options.dryRun = true;
          case "--token-file" -> tokenFile = Path.of(value(args, ++i, arg));
          case "--trust-all-for-testing" -> options.trustAllForTesting = true;
          case "--login-defs" -> options.loginDefs = Path.of(value(args, ++i, arg));
          case "-h", "--help" -> options.help = true;
          case "--token" ->
              throw new UsageException(
                  "--token is not taken: a token on the command line is visible to every user of"
                      + " this host. Set COMPLYSCORE_TOKEN or use --token-file PATH.");
          default -> throw new UsageException("Unknown argument: " + arg);
        }
      }
      if (options.help) {
        return options;
      }
      if (once && options.everySeconds > 0) {
        throw new UsageException("Give --once or --every, not both.");
      }
      options.base = baseUrl(options.base);
      options.token = token(tokenFile, environment);
      if (options.token == null && !options.dryRun) {
        throw new UsageException(
            "No API token: set COMPLYSCORE_TOKEN or use --token-file PATH"
                + " (an Administrator creates one with the scope signals:write).");
      }
      return options;
    }

    private static String value(String[] args, int i, String option) throws UsageException {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new UsageException(option + " needs a value.");
      }
      return args[i];
    }

    private static long seconds(String value) throws UsageException {
      try {
        long seconds = Long.parseLong(value);
        if (seconds >= MIN_EVERY_SECONDS) {
          return seconds;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UsageException(
          "--every needs a number of seconds, at least " + MIN_EVERY_SECONDS + ": " + value);
    }

    private static String baseUrl(String url) throws UsageException {
      if (url == null) {
        throw new UsageException("--url is required.");
      }
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--url is not an address: " + url);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new UsageException(
            "--url needs an http or https address with a host, such as"
                + " http://localhost:8080/complyscore: "
                + url);
      }
      if (uri.getQuery() != null || uri.getFragment() != null) {
        throw new UsageException("--url is the server's base address, without ? or #: " + url);
      }
      return url.replaceAll("/+$", "");
    }

    private static String token(Path file, Map<String, String> environment) throws UsageException {
      String token;
      if (file != null) {
        try {
          token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
          throw new UsageException("Cannot read the token file " + file + ": " + describe(e));
        }
      } else {
        token = Optional.ofNullable(environment.get("COMPLYSCORE_TOKEN")).orElse("").strip();
      }
      if (token.isEmpty()) {
        return null;
      }
      // It goes into a header: anything else than printable ASCII is a copy-and-paste accident.
      if (!token.chars().allMatch(c -> c > ' ' && c < 127)) {
        throw new UsageException("The API token holds spaces or other characters it cannot have.");
      }
      return token;
    }
  }

  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Just enough JSON for the server's answers: objects, arrays, strings, numbers, literals. */
  static final class Json {
    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    static Object parse(String text) {
      Json json = new Json(text);
      Object value = json.value();
      json.skipSpace();
      if (json.at != text.length()) {
        throw json.error();
      }
      return value;
    }

    static String quote(String value) {
      StringBuilder quoted = new StringBuilder("\"");
      for (char c : value.toCharArray()) {
        switch (c) {
          case '"' -> quoted.append("\\\"");
          case '\\' -> quoted.append("\\\\");
          case '\n' -> quoted.append("\\n");
          case '\r' -> quoted.append("\\r");
          case '\t' -> quoted.append("\\t");
          default -> {
            if (c < 0x20) {
              quoted.append(String.format("\\u%04x", (int) c));
            } else {
              quoted.append(c);
            }
          }
        }
      }
      return quoted.append('"').toString();
    }

    private Object value() {
      skipSpace();
      if (at >= text.length()) {
        throw error();
      }
      char c = text.charAt(at);
      if (c == '{') {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        skipSpace();
        if (peek('}')) {
          return object;
        }
        do {
          skipSpace();
          String name = string();
          skipSpace();
          expect(':');
          object.put(name, value());
          skipSpace();
        } while (peek(','));
        expect('}');
        return object;
      }
      if (c == '[') {
        List<Object> array = new ArrayList<>();
        at++;
        skipSpace();
        if (peek(']')) {
          return array;
        }
        do {
          array.add(value());
          skipSpace();
        } while (peek(','));
        expect(']');
        return array;
      }
      if (c == '"') {
        return string();
      }
      for (String literal : List.of("true", "false", "null")) {
        if (text.startsWith(literal, at)) {
          at += literal.length();
          return literal.equals("null") ? null : Boolean.valueOf(literal);
        }
      }
      int start = at;
      while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
        at++;
      }
      if (start == at) {
        throw error();
      }
      String number = text.substring(start, at);
      return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : Double.valueOf(number);
    }

    private String string() {
      expect('"');
      StringBuilder value = new StringBuilder();
      while (at < text.length() && text.charAt(at) != '"') {
        char c = text.charAt(at++);
        if (c == '\\' && at < text.length()) {
          char escaped = text.charAt(at++);
          switch (escaped) {
            case 'n' -> value.append('\n');
            case 'r' -> value.append('\r');
            case 't' -> value.append('\t');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'u' -> {
              value.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            default -> value.append(escaped);
          }
        } else {
          value.append(c);
        }
      }
      expect('"');
      return value.toString();
    }

    private void skipSpace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    private boolean peek(char c) {
      if (at < text.length() && text.charAt(at) == c) {
        at++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!peek(c)) {
        throw error();
      }
    }

    private IllegalArgumentException error() {
      return new IllegalArgumentException("not JSON at character " + at);
    }
  }
}
