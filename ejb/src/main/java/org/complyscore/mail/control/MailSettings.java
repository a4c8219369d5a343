package org.complyscore.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import org.complyscore.mail.entity.OutboxMail.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How mails are sent and what links in them point to, from MicroProfile Config (so from the
 * environment: {@code COMPLYSCORE_BASE_URL}, {@code COMPLYSCORE_MAIL_MAX_ATTEMPTS} …).
 */
@ApplicationScoped
public class MailSettings {

  @Inject
  @ConfigProperty(name = "complyscore.base-url", defaultValue = "http://localhost:8080/complyscore")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "complyscore.mail.max-attempts", defaultValue = "10")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "complyscore.mail.first-retry-seconds", defaultValue = "30")
  long firstRetrySeconds;

  @Inject
  @ConfigProperty(name = "complyscore.mail.longest-retry-seconds", defaultValue = "1800")
  long longestRetrySeconds;

  @Inject
  @ConfigProperty(name = "complyscore.mail.poll-seconds", defaultValue = "15")
  long pollSeconds;

  /** The address of a page of ComplyScore as a person reaching it from a mail sees it. */
  public URI link(String pathAndQuery) {
    String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return URI.create(base)
        .resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
  }

  public RetryPolicy retryPolicy() {
    return new RetryPolicy(
        Math.max(1, maxAttempts),
        Duration.ofSeconds(Math.max(1, firstRetrySeconds)),
        Duration.ofSeconds(Math.max(1, longestRetrySeconds)));
  }

  public Duration pollInterval() {
    return Duration.ofSeconds(Math.max(1, pollSeconds));
  }
}
