package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rule 5, counting: each provider action once, each technical action once per organization, each
 * non-technical action once per group. The states an assessment needs are the unit of counting;
 * this test makes them the way assessments do ({@link ActionState#scopedFor}, one per scope key)
 * and adds up the distinct states.
 */
class CountingTest {

  private static final int GROUPS = 5;

  /** The states five groups' assessments need for one action, one per distinct scope. */
  private static Map<Long, ActionState> statesForFiveGroups(ImprovementAction action) {
    Map<Long, ActionState> states = new LinkedHashMap<>();
    for (long group = 1; group <= GROUPS; group++) {
      long scope = ActionState.scopeKeyFor(action, group);
      long groupId = group;
      states.computeIfAbsent(scope, key -> ActionState.scopedFor(action, groupId));
    }
    return states;
  }

  private static BigDecimal passAll(Map<Long, ActionState> states) {
    BigDecimal achieved = BigDecimal.ZERO;
    for (ActionState state : states.values()) {
      if (!state.getAction().isProviderAction()) {
        state.recordImplementation(ImplementationStatus.IMPLEMENTED, LocalDate.now(), null);
        state.recordTest(TestStatus.PASSED, LocalDate.now(), null);
      }
      achieved = achieved.add(state.getAchievedPoints());
    }
    return achieved;
  }

  @Test
  void aThreePointTechnicalActionInFiveGroupsGivesThreePoints() {
    Map<Long, ActionState> states =
        statesForFiveGroups(
            ActionStateTest.action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 3));

    assertThat(states).hasSize(1);
    assertThat(passAll(states)).isEqualByComparingTo("3");
  }

  @Test
  void aThreePointNonTechnicalActionImplementedInFiveGroupsGivesFifteen() {
    Map<Long, ActionState> states =
        statesForFiveGroups(
            ActionStateTest.action(ImplementationType.OPERATIONAL, ActionOwner.ORGANIZATION, 3));

    assertThat(states).hasSize(5);
    assertThat(passAll(states)).isEqualByComparingTo("15");
  }

  @Test
  void aProviderActionCountsOnceWhateverItsType() {
    Map<Long, ActionState> states =
        statesForFiveGroups(
            ActionStateTest.action(ImplementationType.DOCUMENTATION, ActionOwner.PROVIDER, 3));

    assertThat(states).hasSize(1);
    assertThat(passAll(states)).isEqualByComparingTo("3");
  }
}
