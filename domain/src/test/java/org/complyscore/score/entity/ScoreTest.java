package org.complyscore.score.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 6: score % = achieved ÷ achievable. */
class ScoreTest {

  @ParameterizedTest(name = "{0} of {1} = {2} %")
  @CsvSource({
    "0,     100, 0.0",
    "27,    27,  100.0",
    "16.2,  27,  60.0",
    "1,     3,   33.3",
    "2,     3,   66.7",
    "0,     0,   0.0", // nothing achievable: 0 %, not a division by zero
    "43.2,  57,  75.8",
  })
  void isAchievedOverAchievableInPercent(BigDecimal achieved, long achievable, BigDecimal percent) {
    Score score = new Score(achieved, achievable);

    assertThat(score.percent()).isEqualByComparingTo(percent);
    assertThat(score.remaining())
        .isEqualByComparingTo(BigDecimal.valueOf(achievable).subtract(achieved));
  }

  @ParameterizedTest
  @CsvSource({"16.2000, 16.2", "27.00, 27", "0.0, 0"})
  void showsAchievedPointsWithoutTrailingZeros(BigDecimal given, String shown) {
    assertThat(new Score(given, 27).achieved().toPlainString()).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0} points of {1} achievable = {2} %")
  @CsvSource({
    "9,     57,  15.8", // what a key action would add: 15.789… rounds half up
    "0.5,   3,   16.7",
    "1,     8,   12.5", // exactly half a tenth: rounds up
    "1,     16,  6.3", // 6.25 rounds up
    "27,    27,  100.0",
    "0,     27,  0.0",
    "30,    27,  111.1", // not capped: the caller passes points it knows
    "5,     0,   0.0", // nothing achievable: 0 %, not a division by zero
  })
  void percentOfGivesSomePointsInPercentOfTheAchievableOnes(
      BigDecimal points, long achievable, String percent) {
    Score score = new Score(new BigDecimal("1"), achievable);

    assertThat(score.percentOf(points)).isEqualTo(new BigDecimal(percent));
    assertThat(score.percentOf(points).scale()).isEqualTo(1);
  }

  @ParameterizedTest
  @CsvSource({"16.2, 27", "1, 3", "43.2, 57", "0, 0"})
  void percentIsPercentOfTheAchievedPoints(BigDecimal achieved, long achievable) {
    Score score = new Score(achieved, achievable);

    assertThat(score.percent()).isEqualTo(score.percentOf(achieved));
  }
}
