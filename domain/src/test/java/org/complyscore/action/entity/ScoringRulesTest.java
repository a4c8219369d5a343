package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules 2 to 4 for one counted action: the pass rule, out of scope, partial credit. */
class ScoringRulesTest {

  @ParameterizedTest(name = "{0} points, {1} / {2} ({3}) -> {4} of {5}")
  @CsvSource({
    // points, implementation,         test,                fraction, achieved, achievable
    "27, IMPLEMENTED,                  PASSED,              ,         27,       27",
    "27, ALTERNATIVE_IMPLEMENTATION,   PASSED,              ,         27,       27",
    "27, IMPLEMENTED,                  NONE,                ,         0,        27",
    "27, IMPLEMENTED,                  IN_PROGRESS,         ,         0,        27",
    "27, IMPLEMENTED,                  NOT_ASSESSED,        ,         0,        27",
    "27, IMPLEMENTED,                  FAILED_LOW_RISK,     ,         0,        27",
    "27, IMPLEMENTED,                  FAILED_MEDIUM_RISK,  ,         0,        27",
    "27, IMPLEMENTED,                  FAILED_HIGH_RISK,    ,         0,        27",
    "27, IMPLEMENTED,                  TO_BE_DETECTED,      ,         0,        27",
    "27, IMPLEMENTED,                  COULD_NOT_BE_DETECTED, ,       0,        27",
    "27, NOT_IMPLEMENTED,              PASSED,              ,         0,        27",
    "27, PLANNED,                      PASSED,              ,         0,        27",
    "27, NOT_IMPLEMENTED,              NONE,                ,         0,        27",
    // rule 3: out of scope leaves numerator and denominator
    "27, OUT_OF_SCOPE,                 NONE,                ,         0,        0",
    "27, IMPLEMENTED,                  OUT_OF_SCOPE,        ,         0,        0",
    "27, OUT_OF_SCOPE,                 PASSED,              ,         0,        0",
    // rule 4: partially tested earns points x fraction
    "27, IMPLEMENTED,                  PARTIALLY_TESTED,    0.6,      16.2,     27",
    "27, ALTERNATIVE_IMPLEMENTATION,   PARTIALLY_TESTED,    0.25,     6.75,     27",
    " 3, IMPLEMENTED,                  PARTIALLY_TESTED,    0,        0,        3",
    " 3, IMPLEMENTED,                  PARTIALLY_TESTED,    1,        3,        3",
    " 9, PLANNED,                      PARTIALLY_TESTED,    0.5,      0,        9",
  })
  void earnsWhatTheRulesSay(
      int points,
      ImplementationStatus implementation,
      TestStatus test,
      BigDecimal fraction,
      BigDecimal achieved,
      int achievable) {
    assertThat(ScoringRules.achieved(points, implementation, test, fraction))
        .isEqualByComparingTo(achieved);
    assertThat(ScoringRules.achievable(points, implementation, test)).isEqualTo(achievable);
  }
}
