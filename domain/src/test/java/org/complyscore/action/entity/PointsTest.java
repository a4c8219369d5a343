package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule 1: the default points by purpose and enforcement; a template may set 1 to 99. */
class PointsTest {

  @ParameterizedTest(name = "{0} {1} = {2}")
  @CsvSource({
    "PREVENTIVE, MANDATORY,     27",
    "PREVENTIVE, DISCRETIONARY,  9",
    "DETECTIVE,  MANDATORY,      3",
    "DETECTIVE,  DISCRETIONARY,  1",
    "CORRECTIVE, MANDATORY,      3",
    "CORRECTIVE, DISCRETIONARY,  1",
  })
  void defaultsFollowTheTable(Purpose purpose, Enforcement enforcement, int points) {
    assertThat(Points.defaultFor(purpose, enforcement)).isEqualTo(points);
    assertThat(
            new ImprovementAction(
                    "a",
                    ImplementationType.TECHNICAL,
                    purpose,
                    enforcement,
                    ActionOwner.ORGANIZATION,
                    null)
                .getPoints())
        .isEqualTo(points);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 42, 99})
  void aTemplateMaySetAnyWholeNumberFrom1To99(int points) {
    ImprovementAction action =
        new ImprovementAction(
            "a",
            ImplementationType.OPERATIONAL,
            Purpose.DETECTIVE,
            Enforcement.DISCRETIONARY,
            ActionOwner.ORGANIZATION,
            points);

    assertThat(action.getPoints()).isEqualTo(points);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 100, 1000})
  void refusesPointsOutside1To99(int points) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Points.checked(points))
        .withMessage("Points must be a whole number from 1 to 99, not " + points + ".");
  }
}
