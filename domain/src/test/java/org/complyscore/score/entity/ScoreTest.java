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
}
