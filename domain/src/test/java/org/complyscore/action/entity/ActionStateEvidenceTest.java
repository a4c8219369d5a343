package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** When evidence may be added and removed (F25). */
class ActionStateEvidenceTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
  private static final String LOCKED_MESSAGE =
      "Evidence cannot be deleted once the action is Passed, Failed or Out of scope: the outcome"
          + " rests on it.";

  private final ActionState state =
      ActionStateParentTest.state("Evidence action", ActionOwner.ORGANIZATION);

  @ParameterizedTest
  @EnumSource(
      value = TestStatus.class,
      names = {
        "PASSED",
        "FAILED_LOW_RISK",
        "FAILED_MEDIUM_RISK",
        "FAILED_HIGH_RISK",
        "OUT_OF_SCOPE"
      })
  void aFinalTestOutcomeLocksTheEvidence(TestStatus outcome) {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, null);
    state.recordTest(outcome, DAY, null);

    assertThat(state.isEvidenceLocked()).isTrue();
    assertThatThrownBy(state::refuseEvidenceRemoval)
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessage(LOCKED_MESSAGE);
  }

  @Test
  void anImplementationOutOfScopeLocksTheEvidence() {
    state.recordImplementation(ImplementationStatus.OUT_OF_SCOPE, null, "not our business");

    assertThat(state.getTestStatus()).isEqualTo(TestStatus.NONE);
    assertThat(state.isEvidenceLocked()).isTrue();
    assertThatThrownBy(state::refuseEvidenceRemoval)
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessage(LOCKED_MESSAGE);
  }

  @ParameterizedTest
  @EnumSource(
      value = TestStatus.class,
      names = {"NONE", "IN_PROGRESS", "NOT_ASSESSED"})
  void anOpenTestKeepsTheEvidenceChangeable(TestStatus open) {
    state.recordImplementation(ImplementationStatus.ALTERNATIVE_IMPLEMENTATION, DAY, null);
    state.recordTest(open, DAY, null);

    assertThat(state.isEvidenceLocked()).isFalse();
    assertThatCode(state::refuseEvidenceRemoval).doesNotThrowAnyException();
    assertThatCode(state::refuseEvidenceChange).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(
      value = TestStatus.class,
      names = {"TO_BE_DETECTED", "COULD_NOT_BE_DETECTED", "PARTIALLY_TESTED"})
  void automatedResultsShortOfPassedOrFailedKeepTheEvidenceChangeable(TestStatus automated) {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, null);
    state.recordAutomatedResult(automated, new BigDecimal("0.5"));

    assertThat(state.isEvidenceLocked()).isFalse();
    assertThatCode(state::refuseEvidenceRemoval).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @EnumSource(
      value = ImplementationStatus.class,
      names = {"NOT_IMPLEMENTED", "PLANNED"})
  void anActionNotYetImplementedKeepsTheEvidenceChangeable(ImplementationStatus status) {
    state.recordImplementation(status, null, null);

    assertThat(state.isEvidenceLocked()).isFalse();
    assertThatCode(state::refuseEvidenceRemoval).doesNotThrowAnyException();
  }

  @Test
  void leavingImplementedAfterAPassUnlocksTheEvidence() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, null);
    state.recordTest(TestStatus.PASSED, DAY, null);
    assertThat(state.isEvidenceLocked()).isTrue();

    state.recordImplementation(ImplementationStatus.PLANNED, null, null);

    assertThat(state.isEvidenceLocked()).isFalse();
  }

  @Test
  void evidenceCanStillBeAddedOnceTheOutcomeIsFinal() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, null);
    state.recordTest(TestStatus.PASSED, DAY, null);

    assertThatCode(state::refuseEvidenceChange).doesNotThrowAnyException();
  }

  @Test
  void aProviderActionTakesNoEvidence() {
    ActionState provided = ActionStateParentTest.state("Provider backup", ActionOwner.PROVIDER);

    assertThatThrownBy(provided::refuseEvidenceChange)
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessage(
            "This action is carried out by the service provider; it takes no evidence here.");
    assertThatThrownBy(provided::refuseEvidenceRemoval)
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("service provider");
  }

  @Test
  void aStateFollowingAParentShowsTheParentsEvidenceAndTakesNoneOfItsOwn() {
    ActionState parent = ActionStateParentTest.state("Evidence parent", ActionOwner.ORGANIZATION);
    state.followParent(parent);

    assertThatThrownBy(state::refuseEvidenceChange)
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("evidence of its parent \"Evidence parent\"");
    assertThatThrownBy(state::refuseEvidenceRemoval)
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("evidence of its parent \"Evidence parent\"");

    state.testManually();
    assertThatCode(state::refuseEvidenceChange).doesNotThrowAnyException();
  }
}
