package org.complyscore.score.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.shared.entity.BaseEntity;

/**
 * One line of the score as it was at the end of a day (F15): the overall score, or one assessment,
 * category, solution, group or regulation. The name is copied, so the history still reads right
 * after a rename or a deletion. Never changed after it is written; a day's lines are replaced as a
 * whole when the day is taken again.
 */
@Entity
@Table(name = "score_snapshot")
@NamedQuery(
    name = ScoreSnapshot.FIND_BY_DAY,
    query = "select s from ScoreSnapshot s where s.takenOn = :day order by s.dimension, s.id")
@NamedQuery(
    name = ScoreSnapshot.FIND_OVERALL_SINCE,
    query =
        "select s from ScoreSnapshot s where s.dimension = org.complyscore.score.entity"
            + ".ScoreDimension.OVERALL and s.takenOn >= :since order by s.takenOn")
@NamedQuery(
    name = ScoreSnapshot.DELETE_DAY,
    query = "delete from ScoreSnapshot s where s.takenOn = :day")
@NamedQuery(name = ScoreSnapshot.FIRST_DAY, query = "select min(s.takenOn) from ScoreSnapshot s")
public class ScoreSnapshot extends BaseEntity {

  /** Every line of one day. */
  public static final String FIND_BY_DAY = "ScoreSnapshot.findByDay";

  /** The overall score of every day since a day, oldest first. */
  public static final String FIND_OVERALL_SINCE = "ScoreSnapshot.findOverallSince";

  /** Removes a day, before it is taken again. */
  public static final String DELETE_DAY = "ScoreSnapshot.deleteDay";

  /** The first day there is a snapshot of, or null. */
  public static final String FIRST_DAY = "ScoreSnapshot.firstDay";

  public static final int NAME_MAX = 300;

  @Column(name = "taken_on", nullable = false, updatable = false)
  private LocalDate takenOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20, updatable = false)
  private ScoreDimension dimension;

  @Column(name = "subject_id", updatable = false)
  private Long subjectId;

  @Column(name = "subject_name", nullable = false, length = NAME_MAX, updatable = false)
  private String subjectName;

  @Column(nullable = false, precision = 19, scale = 4, updatable = false)
  private BigDecimal achieved;

  @Column(nullable = false, updatable = false)
  private long achievable;

  @Column(nullable = false, updatable = false)
  private long actions;

  @Column(name = "open_actions", nullable = false, updatable = false)
  private long openActions;

  /** For JPA only. */
  protected ScoreSnapshot() {}

  /**
   * @param subjectId the assessment, category, solution or group; null for the overall score, a
   *     regulation or "none"
   * @param subjectName its name as shown that day (shortened to {@link #NAME_MAX})
   * @param actions how many action states were counted
   * @param openActions how many of those had not passed
   */
  public ScoreSnapshot(
      LocalDate takenOn,
      ScoreDimension dimension,
      Long subjectId,
      String subjectName,
      Score score,
      long actions,
      long openActions) {
    this.takenOn = Objects.requireNonNull(takenOn);
    this.dimension = Objects.requireNonNull(dimension);
    this.subjectId = subjectId;
    String name = Objects.requireNonNull(subjectName);
    this.subjectName = name.length() > NAME_MAX ? name.substring(0, NAME_MAX - 1) + "…" : name;
    this.achieved = score.achieved();
    this.achievable = score.achievable();
    this.actions = actions;
    this.openActions = openActions;
  }

  public LocalDate getTakenOn() {
    return takenOn;
  }

  public ScoreDimension getDimension() {
    return dimension;
  }

  public Optional<Long> getSubjectId() {
    return Optional.ofNullable(subjectId);
  }

  public String getSubjectName() {
    return subjectName;
  }

  public Score getScore() {
    return new Score(achieved, achievable);
  }

  public long getActions() {
    return actions;
  }

  public long getOpenActions() {
    return openActions;
  }
}
