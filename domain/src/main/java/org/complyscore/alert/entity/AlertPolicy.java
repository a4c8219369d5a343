package org.complyscore.alert.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.complyscore.access.entity.User;
import org.complyscore.shared.entity.BaseEntity;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * What makes an alert (F32): a condition with an optional narrowing (the statuses of interest, or
 * for the score a threshold in percentage points and a direction), a severity, a frequency (every
 * match, or N matches within a window of minutes) and the people and addresses the alert is mailed
 * to. A disabled policy matches nothing and keeps its definition.
 *
 * <p>A score-change policy compares the score with its <em>reference</em>: the score when the
 * policy was saved or last matched. So a slow drift of half a point a day still alerts once it adds
 * up to the threshold, and one large drop alerts once, not at every check while the score stays
 * low.
 */
@Entity
@Table(name = "alert_policy")
@NamedQuery(
    name = AlertPolicy.FIND_ALL,
    query = "select p from AlertPolicy p order by lower(p.name), p.id")
@NamedQuery(
    name = AlertPolicy.FIND_ENABLED,
    query = "select p from AlertPolicy p where p.enabled = true order by p.id")
@NamedQuery(
    name = AlertPolicy.FIND_BY_IDS,
    query = "select p from AlertPolicy p where p.id in :ids order by p.id")
@NamedQuery(
    name = AlertPolicy.FIND_BY_NAME,
    query = "select p from AlertPolicy p where lower(p.name) = :name")
public class AlertPolicy extends BaseEntity {

  /** Every policy by name. */
  public static final String FIND_ALL = "AlertPolicy.findAll";

  /** The enabled policies, in the order they were created. */
  public static final String FIND_ENABLED = "AlertPolicy.findEnabled";

  /**
   * The policies with these ids that still exist, in id order: with a pessimistic lock, the rows
   * are locked in that order, and one deleted meanwhile is simply missing.
   */
  public static final String FIND_BY_IDS = "AlertPolicy.findByIds";

  /** The policy with a name, in any case ({@code :name} in lower case). */
  public static final String FIND_BY_NAME = "AlertPolicy.findByName";

  public static final int NAME_MAX = 150;
  public static final int MATCHES_MAX = 1000;

  /** A week: a longer window would count matches nobody connects any more. */
  public static final int WINDOW_MINUTES_MAX = 7 * 24 * 60;

  public static final int RECIPIENTS_MAX = 50;
  public static final int EMAIL_MAX = User.EMAIL_MAX;
  public static final int STATUS_MAX = 40;

  private static final BigDecimal SCORE_THRESHOLD_MIN = new BigDecimal("0.1");
  private static final BigDecimal SCORE_THRESHOLD_MAX = new BigDecimal("100");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  @Column(nullable = false, unique = true, length = NAME_MAX)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "condition_type", nullable = false, length = 30)
  private AlertCondition condition;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private AlertSeverity severity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AlertFrequency frequency;

  @Column(name = "threshold_matches")
  private Integer thresholdMatches;

  @Column(name = "window_minutes")
  private Integer windowMinutes;

  /** The new statuses of interest (constant names); empty for any. */
  @ElementCollection
  @CollectionTable(name = "alert_policy_status", joinColumns = @JoinColumn(name = "policy_id"))
  @Column(name = "status", nullable = false, length = STATUS_MAX)
  private Set<String> statuses = new HashSet<>();

  @Column(name = "score_threshold", precision = 4, scale = 1)
  private BigDecimal scoreThreshold;

  @Enumerated(EnumType.STRING)
  @Column(name = "score_direction", length = 10)
  private ScoreDirection scoreDirection;

  @Column(name = "reference_percent", precision = 4, scale = 1)
  private BigDecimal referencePercent;

  @Column(name = "reference_at")
  private Instant referenceAt;

  @ManyToMany
  @JoinTable(
      name = "alert_policy_user",
      joinColumns = @JoinColumn(name = "policy_id"),
      inverseJoinColumns = @JoinColumn(name = "user_id"))
  private Set<User> recipientUsers = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "alert_policy_email", joinColumns = @JoinColumn(name = "policy_id"))
  @Column(name = "email", nullable = false, length = EMAIL_MAX)
  private Set<String> recipientEmails = new HashSet<>();

  @Column(nullable = false)
  private boolean enabled;

  /** What a person decides about a policy, checked as a whole by {@link #define}. */
  public record Definition(
      String name,
      AlertCondition condition,
      AlertSeverity severity,
      AlertFrequency frequency,
      Integer thresholdMatches,
      Integer windowMinutes,
      Collection<String> statuses,
      BigDecimal scoreThreshold,
      ScoreDirection scoreDirection,
      Collection<User> recipientUsers,
      Collection<String> recipientEmails,
      boolean enabled) {}

  /** What to do with a change that met the condition, given what happened before it. */
  public enum Decision {
    /** Raise a new alert and mail it. */
    RAISE,
    /** Add the change to the policy's open alert; nobody is mailed again. */
    JOIN_OPEN_ALERT,
    /** Remember the change and wait for more: the threshold is not reached yet. */
    WAIT
  }

  /** For JPA only. */
  protected AlertPolicy() {}

  /**
   * A policy as defined.
   *
   * @throws InvalidInputException naming the first field that is wrong
   */
  public AlertPolicy(Definition definition) {
    define(definition);
  }

  /**
   * Replaces the whole definition, or nothing when a field is wrong. A score-change policy forgets
   * its reference score: comparing a new threshold or direction with the score the old definition
   * last saw would alert at once for the wrong reason. The service sets the score of now.
   *
   * @throws InvalidInputException naming the first field that is wrong
   */
  public final void define(Definition definition) {
    Objects.requireNonNull(definition, "A definition is required.");
    String checkedName = checkedName(definition.name());
    AlertCondition checkedCondition =
        required("condition", definition.condition(), "Choose what the policy watches");
    AlertSeverity checkedSeverity =
        required("severity", definition.severity(), "Choose the severity: LOW, MEDIUM or HIGH");
    AlertFrequency checkedFrequency =
        required(
            "frequency",
            definition.frequency(),
            "Choose the frequency: EVERY_MATCH, or THRESHOLD with a number of matches and a"
                + " window");
    Integer checkedMatches = null;
    Integer checkedWindow = null;
    if (checkedFrequency == AlertFrequency.THRESHOLD) {
      checkedMatches =
          between(
              "thresholdMatches",
              definition.thresholdMatches(),
              1,
              MATCHES_MAX,
              "the number of matches that raises an alert");
      checkedWindow =
          between(
              "windowMinutes",
              definition.windowMinutes(),
              1,
              WINDOW_MINUTES_MAX,
              "the window in minutes the matches must fall in");
    }
    Set<String> checkedStatuses = checkedStatuses(checkedCondition, definition.statuses());
    BigDecimal checkedThreshold = null;
    ScoreDirection checkedDirection = null;
    if (checkedCondition.isScoreChange()) {
      checkedThreshold = checkedScoreThreshold(definition.scoreThreshold());
      checkedDirection =
          definition.scoreDirection() == null ? ScoreDirection.EITHER : definition.scoreDirection();
    } else if (definition.scoreThreshold() != null) {
      throw new InvalidInputException(
          "scoreThreshold", "Only a score-change policy has a score threshold.");
    } else if (definition.scoreDirection() != null) {
      throw new InvalidInputException(
          "scoreDirection", "Only a score-change policy has a score direction.");
    }
    Set<User> users =
        definition.recipientUsers() == null
            ? Set.of()
            : new LinkedHashSet<>(definition.recipientUsers());
    Set<String> emails = checkedEmails(definition.recipientEmails());
    if (users.isEmpty() && emails.isEmpty()) {
      throw new InvalidInputException(
          "recipients", "Choose at least one recipient: a person or an e-mail address.");
    }
    if (users.size() + emails.size() > RECIPIENTS_MAX) {
      throw new InvalidInputException(
          "recipients", "A policy has at most " + RECIPIENTS_MAX + " recipients.");
    }

    name = checkedName;
    condition = checkedCondition;
    severity = checkedSeverity;
    frequency = checkedFrequency;
    thresholdMatches = checkedMatches;
    windowMinutes = checkedWindow;
    statuses.clear();
    statuses.addAll(checkedStatuses);
    scoreThreshold = checkedThreshold;
    scoreDirection = checkedDirection;
    recipientUsers.clear();
    recipientUsers.addAll(users);
    recipientEmails.clear();
    recipientEmails.addAll(emails);
    enabled = definition.enabled();
    referencePercent = null;
    referenceAt = null;
  }

  /**
   * Matches again. A score-change policy forgets its reference: the score moved while it was off,
   * and that is not news now. The service sets the score of now.
   */
  public void enable() {
    enabled = true;
    referencePercent = null;
    referenceAt = null;
  }

  /** Stops matching; the definition stays, for switching it on again. */
  public void disable() {
    enabled = false;
  }

  /**
   * Whether a change of an action's field to {@code newValue} meets this policy: enabled, the same
   * condition, and one of the statuses of interest when the policy names some.
   */
  public boolean matches(AlertCondition changed, String newValue) {
    return enabled
        && condition == changed
        && (statuses.isEmpty() || (newValue != null && statuses.contains(newValue)));
  }

  /**
   * Compares the score of now with the reference. The first look (no reference yet) only takes the
   * score as the reference. A change that reaches the threshold in the policy's direction is a
   * match, and the score of now becomes the reference for the next one.
   *
   * @param percent the overall score of now, in percent
   * @return the match, if the score moved far enough
   */
  public Optional<MatchedChange> watchScore(BigDecimal percent, Instant now) {
    if (!enabled || !condition.isScoreChange()) {
      return Optional.empty();
    }
    Objects.requireNonNull(percent);
    if (referencePercent == null) {
      takeReference(percent, now);
      return Optional.empty();
    }
    BigDecimal delta = percent.subtract(referencePercent);
    if (!scoreDirection.isReachedBy(delta, scoreThreshold)) {
      return Optional.empty();
    }
    MatchedChange match = MatchedChange.ofScore(referencePercent, percent, now);
    takeReference(percent, now);
    return Optional.of(match);
  }

  /** The score from which this policy measures change: the score of when it was saved. */
  public void takeReference(BigDecimal percent, Instant at) {
    referencePercent = percent.setScale(1, java.math.RoundingMode.HALF_UP);
    referenceAt = at;
  }

  /**
   * What a new match at {@code now} leads to.
   *
   * <p>Every match raises an alert under {@link AlertFrequency#EVERY_MATCH}. Under a threshold of N
   * within W minutes, a match joins the policy's open alert while that alert's last match lies
   * within the window (so a burst of changes makes one alert, one mail); otherwise the matches of
   * the last W minutes not yet part of an alert (including this one) raise an alert once there are
   * N of them, and wait for more before that.
   *
   * @param pendingMatchTimes when the matches not yet part of an alert happened, this one included;
   *     older ones may be among them and are not counted
   * @param openAlertLastMatch the last match of the policy's newest open alert, or {@code null}
   */
  public Decision decide(
      Instant now, Collection<Instant> pendingMatchTimes, Instant openAlertLastMatch) {
    if (frequency == AlertFrequency.EVERY_MATCH) {
      return Decision.RAISE;
    }
    Instant windowStart = windowStart(now);
    if (openAlertLastMatch != null && !openAlertLastMatch.isBefore(windowStart)) {
      return Decision.JOIN_OPEN_ALERT;
    }
    return matchesInWindow(now, pendingMatchTimes) >= thresholdMatches
        ? Decision.RAISE
        : Decision.WAIT;
  }

  /**
   * How many of these match times fall in the window that ends at {@code now}: at or after its
   * start (a match exactly W minutes ago still counts), not after now.
   */
  public long matchesInWindow(Instant now, Collection<Instant> matchTimes) {
    Instant windowStart = windowStart(now);
    return matchTimes.stream().filter(at -> !at.isBefore(windowStart) && !at.isAfter(now)).count();
  }

  /** The earliest of these match times within the window: when the raised alert began. */
  public Instant firstInWindow(Instant now, Collection<Instant> matchTimes) {
    Instant windowStart = windowStart(now);
    return matchTimes.stream()
        .filter(at -> !at.isBefore(windowStart) && !at.isAfter(now))
        .min(Comparator.naturalOrder())
        .orElse(now);
  }

  /**
   * The start of the window ending at {@code now}; {@code now} itself for a policy that alerts on
   * every match.
   */
  public Instant windowStart(Instant now) {
    return windowMinutes == null ? now : now.minus(Duration.ofMinutes(windowMinutes));
  }

  /**
   * The addresses to mail: the e-mail address of every recipient person who is active and has one,
   * and every address given, each once (in lower case, as addresses are kept).
   */
  public Set<String> mailAddresses() {
    Set<String> addresses = new java.util.TreeSet<>();
    recipientUsers.stream()
        .filter(User::isActive)
        .forEach(user -> user.getEmail().ifPresent(addresses::add));
    addresses.addAll(recipientEmails);
    return addresses;
  }

  private static String checkedName(String value) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      throw new InvalidInputException("name", "Enter a name for the policy.");
    }
    if (stripped.length() > NAME_MAX) {
      throw new InvalidInputException(
          "name", "A policy's name has at most " + NAME_MAX + " characters.");
    }
    return stripped;
  }

  private static <T> T required(String field, T value, String message) {
    if (value == null) {
      throw new InvalidInputException(field, message + ".");
    }
    return value;
  }

  private static Integer between(String field, Integer value, int min, int max, String what) {
    if (value == null) {
      throw new InvalidInputException(
          field, "A threshold policy needs " + what + " (" + min + " to " + max + ").");
    }
    if (value < min || value > max) {
      throw new InvalidInputException(
          field, "Give " + what + " from " + min + " to " + max + ", not " + value + ".");
    }
    return value;
  }

  private static Set<String> checkedStatuses(AlertCondition condition, Collection<String> given) {
    Set<String> wanted = new LinkedHashSet<>();
    if (given != null) {
      given.stream()
          .filter(Objects::nonNull)
          .map(status -> status.strip().toUpperCase(Locale.ROOT).replace('-', '_'))
          .filter(status -> !status.isEmpty())
          .forEach(wanted::add);
    }
    if (wanted.isEmpty()) {
      return wanted;
    }
    if (!condition.narrowsByStatus()) {
      throw new InvalidInputException(
          "statuses", "Only implementation and test status policies narrow by status.");
    }
    List<String> choices = condition.statusChoices();
    for (String status : wanted) {
      if (!choices.contains(status)) {
        throw new InvalidInputException(
            "statuses",
            "\""
                + (status.length() <= 40 ? status : status.substring(0, 40) + "…")
                + "\" is not "
                + (condition == AlertCondition.TEST_STATUS_CHANGE
                    ? "a test status"
                    : "an implementation status")
                + "; use "
                + String.join(", ", choices)
                + ".");
      }
    }
    return wanted;
  }

  private static BigDecimal checkedScoreThreshold(BigDecimal value) {
    if (value == null) {
      throw new InvalidInputException(
          "scoreThreshold",
          "A score-change policy needs a threshold in percentage points (0.1 to 100).");
    }
    if (value.compareTo(SCORE_THRESHOLD_MIN) < 0 || value.compareTo(SCORE_THRESHOLD_MAX) > 0) {
      throw new InvalidInputException(
          "scoreThreshold",
          "Give the score threshold in percentage points from 0.1 to 100, not "
              + value.toPlainString()
              + ".");
    }
    if (value.stripTrailingZeros().scale() > 1) {
      throw new InvalidInputException(
          "scoreThreshold",
          "The score is shown with one decimal; give the threshold with at most one, not "
              + value.toPlainString()
              + ".");
    }
    return value.setScale(1);
  }

  private static Set<String> checkedEmails(Collection<String> given) {
    Set<String> emails = new java.util.TreeSet<>();
    if (given == null) {
      return emails;
    }
    for (String email : given) {
      if (email == null || email.isBlank()) {
        continue;
      }
      String address = User.normalizeLogin(email);
      if (address.length() > EMAIL_MAX || !EMAIL.matcher(address).matches()) {
        throw new InvalidInputException(
            "recipientEmails",
            "\""
                + (address.length() <= 60 ? email.strip() : address.substring(0, 60) + "…")
                + "\" is not an e-mail address like name@example.org.");
      }
      emails.add(address);
    }
    return emails;
  }

  public String getName() {
    return name;
  }

  public AlertCondition getCondition() {
    return condition;
  }

  public AlertSeverity getSeverity() {
    return severity;
  }

  public AlertFrequency getFrequency() {
    return frequency;
  }

  public Optional<Integer> getThresholdMatches() {
    return Optional.ofNullable(thresholdMatches);
  }

  public Optional<Integer> getWindowMinutes() {
    return Optional.ofNullable(windowMinutes);
  }

  /** The statuses of interest, sorted in the order the product lists them. */
  public List<String> getStatuses() {
    return condition.statusChoices().stream().filter(statuses::contains).toList();
  }

  public Optional<BigDecimal> getScoreThreshold() {
    return Optional.ofNullable(scoreThreshold);
  }

  public Optional<ScoreDirection> getScoreDirection() {
    return Optional.ofNullable(scoreDirection);
  }

  public Optional<BigDecimal> getReferencePercent() {
    return Optional.ofNullable(referencePercent);
  }

  public Optional<Instant> getReferenceAt() {
    return Optional.ofNullable(referenceAt);
  }

  /** The recipient people, by name. */
  public List<User> getRecipientUsers() {
    return recipientUsers.stream()
        .sorted(Comparator.comparing(User::getDisplayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /** The recipient addresses, sorted. */
  public List<String> getRecipientEmails() {
    return recipientEmails.stream().sorted().toList();
  }

  public boolean isEnabled() {
    return enabled;
  }
}
