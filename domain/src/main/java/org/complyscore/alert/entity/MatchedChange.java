package org.complyscore.alert.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.complyscore.action.entity.ChangeOrigin;

/**
 * One change that met a policy's condition: what an alert says happened. For a change of an action
 * the state and the action's title, the history field and its old and new value, and who or what
 * made it; for the score its old and new percentage.
 *
 * @param stateId the changed action state, or {@code null} for the score
 * @param actionTitle its action's title, or {@code null} for the score
 * @param field the history field ({@code testStatus} …), or {@link #SCORE} for the score
 * @param oldValue the value before, as the history keeps it, or {@code null}
 * @param newValue the value after, or {@code null}
 * @param origin a person, a parent action or automation; {@code null} for the score
 * @param changedBy the name the history shows as "by"; {@code null} for the score
 * @param at when it was seen
 */
public record MatchedChange(
    Long stateId,
    String actionTitle,
    String field,
    String oldValue,
    String newValue,
    ChangeOrigin origin,
    String changedBy,
    Instant at) {

  /** The field name of a score change. */
  public static final String SCORE = "score";

  public MatchedChange {
    Objects.requireNonNull(field, "A matched change names its field.");
    Objects.requireNonNull(at, "A matched change has a time.");
  }

  /** The overall score moved from one percentage to another. */
  public static MatchedChange ofScore(BigDecimal before, BigDecimal after, Instant at) {
    return new MatchedChange(
        null, null, SCORE, before.toPlainString(), after.toPlainString(), null, null, at);
  }

  public boolean isScore() {
    return SCORE.equals(field);
  }
}
