package org.complyscore.score.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** One line of a day's score (F15), copied so it reads the same after renames and deletions. */
class ScoreSnapshotTest {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

  @Test
  void keepsTheDayTheSubjectItsScoreAndItsCounts() {
    ScoreSnapshot line =
        new ScoreSnapshot(
            DAY,
            ScoreDimension.CATEGORY,
            42L,
            "Identity",
            new Score(new BigDecimal("16.2000"), 27),
            5,
            3);

    assertThat(line.getTakenOn()).isEqualTo(DAY);
    assertThat(line.getDimension()).isEqualTo(ScoreDimension.CATEGORY);
    assertThat(line.getSubjectId()).contains(42L);
    assertThat(line.getSubjectName()).isEqualTo("Identity");
    assertThat(line.getScore()).isEqualTo(new Score(new BigDecimal("16.2"), 27));
    assertThat(line.getScore().achieved().toPlainString()).isEqualTo("16.2");
    assertThat(line.getScore().percent()).isEqualByComparingTo("60.0");
    assertThat(line.getActions()).isEqualTo(5);
    assertThat(line.getOpenActions()).isEqualTo(3);
  }

  @Test
  void theOverallLineHasNoSubjectId() {
    ScoreSnapshot line =
        new ScoreSnapshot(DAY, ScoreDimension.OVERALL, null, "Overall", Score.ZERO, 0, 0);

    assertThat(line.getSubjectId()).isEmpty();
    assertThat(line.getScore()).isEqualTo(Score.ZERO);
  }

  @Test
  void aNameOfAtMost300CharactersIsKeptWhole() {
    String longest = "n".repeat(ScoreSnapshot.NAME_MAX);
    assertThat(longest).hasSize(300);

    assertThat(snapshotNamed(longest).getSubjectName()).isEqualTo(longest);
  }

  @Test
  void aLongerNameIsShortenedTo300CharactersEndingInAnEllipsis() {
    String name = "a".repeat(299) + "bcd";

    String kept = snapshotNamed(name).getSubjectName();

    assertThat(kept).hasSize(300).isEqualTo("a".repeat(299) + "…");
  }

  @Test
  void needsDayDimensionAndName() {
    Score score = new Score(BigDecimal.ONE, 3);
    assertThatThrownBy(
            () -> new ScoreSnapshot(null, ScoreDimension.OVERALL, null, "Overall", score, 1, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new ScoreSnapshot(DAY, null, null, "Overall", score, 1, 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () -> new ScoreSnapshot(DAY, ScoreDimension.OVERALL, null, null, score, 1, 1))
        .isInstanceOf(NullPointerException.class);
  }

  private static ScoreSnapshot snapshotNamed(String name) {
    return new ScoreSnapshot(
        DAY, ScoreDimension.SOLUTION, 7L, name, new Score(BigDecimal.ONE, 3), 1, 1);
  }
}
