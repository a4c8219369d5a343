package org.complyscore.assessment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.complyscore.assessment.entity.AssessmentStatus.ControlTally;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 8's truth table: an assessment's status and progress from its controls' statuses. */
class AssessmentStatusTest {

  @ParameterizedTest(
      name =
          "{0} controls: {1} out of scope, {2} passed, {3} failed, {4} in progress -> {5}, {6} %")
  @CsvSource({
    // controls, out of scope, passed, failed, in progress, status, progress %
    "4, 0, 4, 0, 0, COMPLETE,    100.0", // all passed
    "4, 1, 3, 0, 0, COMPLETE,    100.0", // passed and out of scope
    "4, 0, 3, 1, 0, INCOMPLETE,  75.0", // any failed
    "4, 0, 0, 1, 3, INCOMPLETE,  0.0",
    "4, 0, 0, 0, 0, NONE,        0.0", // no control tested
    "4, 2, 0, 0, 0, NONE,        0.0",
    "4, 4, 0, 0, 0, NONE,        0.0", // everything out of scope: nothing to test
    "4, 0, 1, 0, 0, IN_PROGRESS, 25.0", // one passed, three untested
    "4, 0, 0, 0, 1, IN_PROGRESS, 0.0",
    "3, 0, 2, 0, 1, IN_PROGRESS, 66.7",
    "7, 1, 2, 0, 0, IN_PROGRESS, 33.3",
  })
  void derivesStatusAndProgressFromTheControls(
      int controls,
      int outOfScope,
      int passed,
      int failed,
      int inProgress,
      AssessmentStatus expected,
      String progress) {
    ControlTally tally = new ControlTally(controls, outOfScope, passed, failed, inProgress);

    assertThat(AssessmentStatus.derive(tally)).isEqualTo(expected);
    assertThat(tally.progressPercent()).isEqualByComparingTo(progress);
  }
}
