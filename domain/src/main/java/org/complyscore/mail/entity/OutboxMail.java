package org.complyscore.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.shared.entity.BaseEntity;

/**
 * A mail waiting to be sent, sent, or given up on. It is written in the transaction of the change
 * that causes it, so a mail exists exactly when its change was saved; a sender delivers it later
 * and retries with growing pauses while the SMTP server does not answer.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(
    name = OutboxMail.FIND_DUE,
    query =
        "select m.id from OutboxMail m"
            + " where m.status = org.complyscore.mail.entity.OutboxMailStatus.PENDING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(
    name = OutboxMail.FIND_RECENT,
    query = "select m from OutboxMail m order by m.createdAt desc, m.id desc")
@NamedQuery(
    name = OutboxMail.COUNT_BY_STATUS,
    query = "select m.status, count(m) from OutboxMail m group by m.status")
public class OutboxMail extends BaseEntity {

  public static final String FIND_DUE = "OutboxMail.findDue";
  public static final String FIND_RECENT = "OutboxMail.findRecent";
  public static final String COUNT_BY_STATUS = "OutboxMail.countByStatus";

  public static final int RECIPIENT_MAX = 254;
  public static final int SUBJECT_MAX = 200;
  public static final int ERROR_MAX = 500;

  @Column(nullable = false, length = RECIPIENT_MAX)
  private String recipient;

  @Column(nullable = false, length = SUBJECT_MAX)
  private String subject;

  @Column(name = "text_body", nullable = false)
  private String textBody;

  @Column(name = "html_body", nullable = false)
  private String htmlBody;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private OutboxMailStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error", length = ERROR_MAX)
  private String lastError;

  @Column(name = "sent_at")
  private Instant sentAt;

  /** For JPA only. */
  protected OutboxMail() {}

  public OutboxMail(String recipient, String subject, String textBody, String htmlBody) {
    this.recipient = Objects.requireNonNull(recipient, "A recipient is required.");
    this.subject = Objects.requireNonNull(subject, "A subject is required.");
    this.textBody = Objects.requireNonNull(textBody, "A text body is required.");
    this.htmlBody = Objects.requireNonNull(htmlBody, "An HTML body is required.");
    this.status = OutboxMailStatus.PENDING;
    this.nextAttemptAt = Instant.EPOCH;
  }

  public boolean isDue(Instant now) {
    return status == OutboxMailStatus.PENDING && !now.isBefore(nextAttemptAt);
  }

  public void markSent(Instant now) {
    requirePending();
    attempts++;
    status = OutboxMailStatus.SENT;
    sentAt = now;
    lastError = null;
  }

  /**
   * A failed attempt: the next one waits {@code firstPause}, doubled with each failure and never
   * longer than {@code longestPause}; after {@code maxAttempts} the mail is given up as failed.
   */
  public void recordFailure(String error, Instant now, RetryPolicy policy) {
    requirePending();
    attempts++;
    lastError = abbreviate(error == null || error.isBlank() ? "unknown error" : error);
    if (attempts >= policy.maxAttempts()) {
      status = OutboxMailStatus.FAILED;
      return;
    }
    nextAttemptAt = now.plus(policy.pauseAfter(attempts));
  }

  /** An administrator asks for another try of a mail that was given up. */
  public void retry(Instant now) {
    if (status != OutboxMailStatus.FAILED) {
      throw new IllegalStateException("Only a failed mail can be tried again.");
    }
    status = OutboxMailStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now;
  }

  private void requirePending() {
    if (status != OutboxMailStatus.PENDING) {
      throw new IllegalStateException("Mail " + getId() + " is " + status + ", not pending.");
    }
  }

  private static String abbreviate(String text) {
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= ERROR_MAX ? oneLine : oneLine.substring(0, ERROR_MAX - 1) + "…";
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getTextBody() {
    return textBody;
  }

  public String getHtmlBody() {
    return htmlBody;
  }

  public OutboxMailStatus getStatus() {
    return status;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> getLastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<Instant> getSentAt() {
    return Optional.ofNullable(sentAt);
  }

  /** How often and how patiently a mail is tried. */
  public record RetryPolicy(int maxAttempts, Duration firstPause, Duration longestPause) {

    public RetryPolicy {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("At least one attempt is needed.");
      }
      Objects.requireNonNull(firstPause);
      Objects.requireNonNull(longestPause);
    }

    /** The pause after the given number of failed attempts: first, 2 × first, 4 × first … */
    public Duration pauseAfter(int failedAttempts) {
      int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
      Duration pause = firstPause.multipliedBy(1L << doublings);
      return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }
  }
}
