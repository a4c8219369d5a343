package org.complyscore.assessment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.complyscore.assessment.entity.ControlStatus.ActionTally;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rule 7's truth table: a control's status from its actions' states. */
class ControlStatusTest {

  @ParameterizedTest(
      name = "{0} actions, {1} out of scope, {2} passed, {3} failed, {4} tested -> {5}")
  @CsvSource({
    // actions, out of scope, passed, failed, tested, status
    "3, 0, 3, 0, 3, PASSED", // all passed
    "3, 1, 2, 0, 2, PASSED", // some passed, the rest out of scope
    "1, 0, 1, 0, 1, PASSED",
    "3, 3, 0, 0, 0, OUT_OF_SCOPE", // all out of scope
    "1, 1, 0, 0, 0, OUT_OF_SCOPE",
    "3, 0, 2, 1, 3, FAILED", // any failed
    "3, 2, 0, 1, 1, FAILED",
    "3, 0, 0, 1, 1, FAILED",
    "3, 0, 0, 0, 0, NONE", // nothing tested
    "3, 2, 0, 0, 0, NONE",
    "0, 0, 0, 0, 0, NONE", // a control without actions has nothing to test
    "3, 0, 1, 0, 1, IN_PROGRESS", // one passed, others untested
    "3, 0, 0, 0, 1, IN_PROGRESS", // partially tested only
    "3, 1, 1, 0, 2, IN_PROGRESS", // passed, partially tested, out of scope
  })
  void derivesTheStatusFromTheActions(
      int actions, int outOfScope, int passed, int failed, int tested, ControlStatus expected) {
    assertThat(ControlStatus.derive(new ActionTally(actions, outOfScope, passed, failed, tested)))
        .isEqualTo(expected);
  }
}
