package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a signal does to an automated state (F31), and what a person's edit does to automation. */
class AutomatedDetectionTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private static ImprovementAction checked(ActionOwner owner) {
    return ActionStateTest.action(ImplementationType.TECHNICAL, owner, 27)
        .testWith(TestingLogic.of("web.tls\nweb.hsts", null));
  }

  private final ActionState state = ActionState.scopedFor(checked(ActionOwner.ORGANIZATION), 3);

  @Test
  void automatingWaitsForTheFirstSignal() {
    state.automate();

    assertThat(state.getTestingSource()).isEqualTo(TestingSource.AUTOMATIC);
    assertThat(state.getTestStatus()).isEqualTo(TestStatus.TO_BE_DETECTED);
  }

  @Test
  void aDetectedSettingIsImplementedAndPassedWithoutADate() {
    state.automate();

    assertThat(state.recordDetection(TestStatus.PASSED, null)).isTrue();

    assertThat(state.getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(state.getImplementationDate()).isEmpty();
    assertThat(state.getTestStatus()).isEqualTo(TestStatus.PASSED);
    assertThat(state.getTestDate()).isEmpty();
    assertThat(state.getAchievedPoints()).isEqualByComparingTo("27");
  }

  @Test
  void aPartialDetectionEarnsItsShare() {
    state.automate();

    state.recordDetection(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.6667"));

    assertThat(state.getAchievedPoints()).isEqualByComparingTo("18.0009");
  }

  @Test
  void aFailureIsRecordedEvenOnAnActionNotImplemented() {
    state.automate();

    state.recordDetection(TestStatus.FAILED_HIGH_RISK, null);

    assertThat(state.getImplementationStatus()).isEqualTo(ImplementationStatus.NOT_IMPLEMENTED);
    assertThat(state.getTestStatus()).isEqualTo(TestStatus.FAILED_HIGH_RISK);
    assertThat(state.getAchievedPoints()).isZero();
  }

  @Test
  void automationKeepsThePersonsTestDateAndAlternativeImplementation() {
    state.recordImplementation(ImplementationStatus.ALTERNATIVE_IMPLEMENTATION, DAY, "proxy");
    state.recordTest(TestStatus.FAILED_LOW_RISK, DAY, "manual");
    state.automate();

    state.recordDetection(TestStatus.PASSED, null);

    assertThat(state.getImplementationStatus())
        .isEqualTo(ImplementationStatus.ALTERNATIVE_IMPLEMENTATION);
    assertThat(state.getTestDate()).contains(DAY);
  }

  @Test
  void aManualOrOutOfScopeStateIgnoresSignals() {
    assertThat(state.recordDetection(TestStatus.PASSED, null)).isFalse();
    assertThat(state.getTestStatus()).isEqualTo(TestStatus.NONE);

    state.recordImplementation(ImplementationStatus.OUT_OF_SCOPE, null, null);
    state.automate();
    assertThat(state.recordDetection(TestStatus.FAILED_HIGH_RISK, null)).isFalse();
    assertThat(state.getImplementationStatus()).isEqualTo(ImplementationStatus.OUT_OF_SCOPE);
  }

  @Test
  void theSameResultAgainChangesNothing() {
    state.automate();
    state.recordDetection(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.5000"));

    assertThat(state.recordDetection(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.5000")))
        .isFalse();
    assertThat(state.recordDetection(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.7500")))
        .isTrue();
  }

  @Test
  void aPersonsTestResultSwitchesAutomationOff() {
    state.automate();
    state.recordDetection(TestStatus.PASSED, null);

    state.recordTest(TestStatus.FAILED_MEDIUM_RISK, DAY, "found a gap");

    assertThat(state.isAutomated()).isFalse();
    assertThat(state.recordDetection(TestStatus.PASSED, null)).isFalse();
    assertThat(state.getTestStatus()).isEqualTo(TestStatus.FAILED_MEDIUM_RISK);
  }

  @Test
  void onlyActionsWithChecksAndNotTheProvidersCanBeAutomated() {
    ActionState manualOnly =
        ActionState.scopedFor(
            ActionStateTest.action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 9), 3);
    assertThatThrownBy(manualOnly::automate).hasMessageContaining("no testing logic");

    ImprovementAction provided =
        ActionStateTest.action(ImplementationType.TECHNICAL, ActionOwner.PROVIDER, 9);
    assertThatThrownBy(() -> provided.testWith(TestingLogic.of("web.tls", null)))
        .hasMessageContaining("service provider");
  }

  @Test
  void automatingAChildStopsItFollowingItsParent() {
    ActionState parent = ActionState.scopedFor(checked(ActionOwner.ORGANIZATION), 4);
    state.followParent(parent);

    state.automate();

    assertThat(state.getParent()).isEmpty();
    assertThat(state.getTestingSource()).isEqualTo(TestingSource.AUTOMATIC);
  }

  @Test
  void stoppingAutomationLeavesNoStatusAPersonCouldNotChoose() {
    state.automate();
    state.stopAutomation();

    assertThat(state.getTestingSource()).isEqualTo(TestingSource.MANUAL);
    assertThat(state.getTestStatus()).isEqualTo(TestStatus.NONE);

    state.automate();
    state.recordDetection(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.5"));
    state.stopAutomation();
    assertThat(state.getTestStatus()).isEqualTo(TestStatus.PARTIALLY_TESTED);
  }
}
