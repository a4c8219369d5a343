package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActionStateTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  static ImprovementAction action(ImplementationType type, ActionOwner owner, int points) {
    return new ImprovementAction(
        "action " + type + " " + owner + " " + points,
        type,
        Purpose.PREVENTIVE,
        Enforcement.MANDATORY,
        owner,
        points);
  }

  private final ActionState state =
      ActionState.scopedFor(action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 27), 7);

  @Test
  void startsNotImplementedAndUntested() {
    assertThat(state.getImplementationStatus()).isEqualTo(ImplementationStatus.NOT_IMPLEMENTED);
    assertThat(state.getTestStatus()).isEqualTo(TestStatus.NONE);
    assertThat(state.getTestingSource()).isEqualTo(TestingSource.MANUAL);
    assertThat(state.getAchievablePoints()).isEqualTo(27);
    assertThat(state.getAchievedPoints()).isZero();
  }

  @Test
  void technicalAndProviderActionsAreTrackedOnceForTheOrganization() {
    assertThat(state.getGroupId()).isEmpty();
    assertThat(
            ActionState.scopedFor(
                    action(ImplementationType.DOCUMENTATION, ActionOwner.PROVIDER, 3), 7)
                .getGroupId())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = ImplementationType.class,
      names = {"OPERATIONAL", "DOCUMENTATION"})
  void theOrganizationsNonTechnicalActionsAreTrackedPerGroup(ImplementationType type) {
    ActionState perGroup = ActionState.scopedFor(action(type, ActionOwner.ORGANIZATION, 3), 7);

    assertThat(perGroup.getGroupId()).contains(7L);
    assertThat(ActionState.scopeKeyFor(perGroup.getAction(), 7)).isEqualTo(7L);
  }

  @Test
  void anImplementationDateGoesOnlyWithImplementedOrAlternative() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, "done");
    assertThat(state.getImplementationDate()).contains(DAY);
    state.recordImplementation(ImplementationStatus.ALTERNATIVE_IMPLEMENTATION, DAY, null);
    assertThat(state.getImplementationDate()).contains(DAY);

    assertThatThrownBy(() -> state.recordImplementation(ImplementationStatus.PLANNED, DAY, null))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("implementation date goes only with the status Implemented");
    assertThat(state.getImplementationStatus())
        .isEqualTo(ImplementationStatus.ALTERNATIVE_IMPLEMENTATION);
  }

  @ParameterizedTest
  @EnumSource(
      value = ImplementationStatus.class,
      names = {"NOT_IMPLEMENTED", "PLANNED", "OUT_OF_SCOPE"})
  void testResultsNeedAnImplementedAction(ImplementationStatus notImplemented) {
    state.recordImplementation(notImplemented, null, null);

    assertThatThrownBy(() -> state.recordTest(TestStatus.PASSED, DAY, null))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("only once the action is Implemented");
    assertThatThrownBy(
            () -> state.recordAutomatedResult(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.5")))
        .isInstanceOf(IllegalStatusChangeException.class);
    assertThat(state.getTestStatus()).isEqualTo(TestStatus.NONE);
  }

  @Test
  void aPassedImplementedActionEarnsItsPoints() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, null);
    state.recordTest(TestStatus.PASSED, DAY, "checked");

    assertThat(state.getAchievedPoints()).isEqualByComparingTo("27");
    assertThat(state.getTestDate()).contains(DAY);
  }

  @Test
  void leavingImplementedClearsTheTestResult() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, null);
    state.recordTest(TestStatus.PASSED, DAY, "checked");

    state.recordImplementation(ImplementationStatus.PLANNED, null, "rolled back");

    assertThat(state.getTestStatus()).isEqualTo(TestStatus.NONE);
    assertThat(state.getTestDate()).isEmpty();
    assertThat(state.getTestNotes()).contains("checked");
    assertThat(state.getAchievedPoints()).isZero();
  }

  @ParameterizedTest
  @EnumSource(
      value = TestStatus.class,
      names = {"TO_BE_DETECTED", "COULD_NOT_BE_DETECTED", "PARTIALLY_TESTED"})
  void aPersonCannotSetTheStatusesOfAutomatedTesting(TestStatus automatic) {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, null, null);

    assertThatThrownBy(() -> state.recordTest(automatic, DAY, null))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageStartingWith("Only automated testing sets the test status");
  }

  @Test
  void automatedPartialResultsEarnTheCompliantShareAndKeepTheTestDate() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, null, null);
    state.recordTest(TestStatus.FAILED_LOW_RISK, DAY, null);

    state.recordAutomatedResult(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.6"));

    assertThat(state.getAchievedPoints()).isEqualByComparingTo("16.2");
    assertThat(state.getTestingSource()).isEqualTo(TestingSource.AUTOMATIC);
    assertThat(state.getTestDate()).contains(DAY);
  }

  @Test
  void aPartialResultNeedsAShareFrom0To1() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, null, null);

    for (BigDecimal wrong :
        new BigDecimal[] {null, new BigDecimal("-0.1"), new BigDecimal("1.5")}) {
      assertThatThrownBy(() -> state.recordAutomatedResult(TestStatus.PARTIALLY_TESTED, wrong))
          .isInstanceOf(IllegalStatusChangeException.class)
          .hasMessageContaining("from 0 to 1");
    }
  }

  @Test
  void aManualResultAfterAutomationMakesTestingManualAgain() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, null, null);
    state.recordAutomatedResult(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.5"));

    state.recordTest(TestStatus.PASSED, DAY, null);

    assertThat(state.getTestingSource()).isEqualTo(TestingSource.MANUAL);
    assertThat(state.getPartialFraction()).isEmpty();
  }

  @Test
  void providerActionsArriveImplementedAndTestedAndStayAsTheyAre() {
    ActionState provided =
        ActionState.scopedFor(action(ImplementationType.TECHNICAL, ActionOwner.PROVIDER, 9), 1);

    assertThat(provided.getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(provided.getTestStatus()).isEqualTo(TestStatus.PASSED);
    assertThat(provided.getAchievedPoints()).isEqualByComparingTo("9");
    assertThatThrownBy(
            () -> provided.recordImplementation(ImplementationStatus.NOT_IMPLEMENTED, null, null))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("service provider");
    assertThatThrownBy(() -> provided.recordTest(TestStatus.FAILED_HIGH_RISK, DAY, null))
        .isInstanceOf(IllegalStatusChangeException.class);
  }
}
