package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Testing source Parent (F27): a child state mirrors its parent's implementation and test. */
class ActionStateParentTest {

  private static final LocalDate IMPLEMENTED_ON = LocalDate.of(2026, 11, 2);
  private static final LocalDate TESTED_ON = LocalDate.of(2026, 11, 24);

  private final ActionState parent = state("Parent policy", ActionOwner.ORGANIZATION);
  private final ActionState child = state("Child policy", ActionOwner.ORGANIZATION);

  static ActionState state(String title, ActionOwner owner) {
    return ActionState.scopedFor(
        new ImprovementAction(
            title,
            ImplementationType.TECHNICAL,
            Purpose.PREVENTIVE,
            Enforcement.MANDATORY,
            owner,
            10),
        7);
  }

  /** Implemented, manually failed, then partially passed by automation: every field is set. */
  private static void giveEveryMirroredValue(ActionState state) {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, IMPLEMENTED_ON, "rolled out");
    state.recordTest(TestStatus.FAILED_LOW_RISK, TESTED_ON, "two laptops missing");
    state.recordAutomatedResult(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.4"));
  }

  @Test
  void followingAParentCopiesItsImplementationAndTestAndMakesTheSourceParent() {
    giveEveryMirroredValue(parent);
    child.recordImplementation(ImplementationStatus.PLANNED, null, "child's own plan");
    child.changeAdditionalNotes("child's own remark");

    child.followParent(parent);

    assertThat(child.getTestingSource()).isEqualTo(TestingSource.PARENT);
    assertThat(child.getParent()).containsSame(parent);
    assertThat(child.getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(child.getImplementationDate()).contains(IMPLEMENTED_ON);
    assertThat(child.getImplementationNotes()).contains("rolled out");
    assertThat(child.getTestStatus()).isEqualTo(TestStatus.PARTIALLY_TESTED);
    assertThat(child.getTestDate()).contains(TESTED_ON);
    assertThat(child.getTestNotes()).contains("two laptops missing");
    assertThat(child.getPartialFraction())
        .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.4"));
    assertThat(child.getAchievedPoints()).isEqualByComparingTo("4");
    // Only the implementation and the test are mirrored; the child's own remarks stay.
    assertThat(child.getAdditionalNotes()).contains("child's own remark");
    // The parent is not touched.
    assertThat(parent.getTestingSource()).isEqualTo(TestingSource.AUTOMATIC);
    assertThat(parent.getParent()).isEmpty();
  }

  @Test
  void followingAnUntestedParentClearsTheChildsOwnResult() {
    child.recordImplementation(ImplementationStatus.IMPLEMENTED, IMPLEMENTED_ON, "child notes");
    child.recordTest(TestStatus.PASSED, TESTED_ON, "child passed");

    child.followParent(parent);

    assertThat(child.getImplementationStatus()).isEqualTo(ImplementationStatus.NOT_IMPLEMENTED);
    assertThat(child.getImplementationDate()).isEmpty();
    assertThat(child.getImplementationNotes()).isEmpty();
    assertThat(child.getTestStatus()).isEqualTo(TestStatus.NONE);
    assertThat(child.getTestDate()).isEmpty();
    assertThat(child.getTestNotes()).isEmpty();
    assertThat(child.getAchievedPoints()).isZero();
  }

  @Test
  void mirrorTakesTheParentsLaterChanges() {
    child.followParent(parent);
    parent.recordImplementation(ImplementationStatus.IMPLEMENTED, IMPLEMENTED_ON, null);
    parent.recordTest(TestStatus.PASSED, TESTED_ON, "verified");

    child.mirror(parent);

    assertThat(child.getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(child.getTestStatus()).isEqualTo(TestStatus.PASSED);
    assertThat(child.getTestDate()).contains(TESTED_ON);
    assertThat(child.getTestNotes()).contains("verified");
    assertThat(child.getAchievedPoints()).isEqualByComparingTo("10");
  }

  @Test
  void mirrorFromAStateThatIsNotTheParentIsIgnored() {
    ActionState stranger = state("Stranger", ActionOwner.ORGANIZATION);
    giveEveryMirroredValue(stranger);
    child.followParent(parent);

    child.mirror(stranger);

    assertThat(child.getImplementationStatus()).isEqualTo(ImplementationStatus.NOT_IMPLEMENTED);
    assertThat(child.getTestStatus()).isEqualTo(TestStatus.NONE);
    assertThat(child.getPartialFraction()).isEmpty();
    assertThat(child.getParent()).containsSame(parent);
  }

  @Test
  void mirrorIsIgnoredByAStateWithoutParent() {
    giveEveryMirroredValue(parent);

    child.mirror(parent);

    assertThat(child.getImplementationStatus()).isEqualTo(ImplementationStatus.NOT_IMPLEMENTED);
    assertThat(child.getTestingSource()).isEqualTo(TestingSource.MANUAL);
  }

  @Test
  void mirrorFromAFormerParentIsIgnored() {
    ActionState other = state("Other parent", ActionOwner.ORGANIZATION);
    child.followParent(parent);
    child.followParent(other);
    giveEveryMirroredValue(parent);

    child.mirror(parent);

    assertThat(child.getParent()).containsSame(other);
    assertThat(child.getImplementationStatus()).isEqualTo(ImplementationStatus.NOT_IMPLEMENTED);
  }

  @Test
  void anActionCannotBeItsOwnParent() {
    assertThatThrownBy(() -> child.followParent(child))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessage("An action cannot be its own parent.");
    assertThat(child.getParent()).isEmpty();
    assertThat(child.getTestingSource()).isEqualTo(TestingSource.MANUAL);
  }

  @Test
  void aParentThatFollowsTheChildDirectlyIsRefused() {
    child.followParent(parent);

    assertThatThrownBy(() -> parent.followParent(child))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("\"Child policy\" already follows this action")
        .hasMessageContaining("cycle");
    assertThat(parent.getParent()).isEmpty();
  }

  @Test
  void aCycleThroughThreeActionsIsRefusedNamingTheChosenParent() {
    ActionState a = state("Action A", ActionOwner.ORGANIZATION);
    ActionState b = state("Action B", ActionOwner.ORGANIZATION);
    ActionState c = state("Action C", ActionOwner.ORGANIZATION);
    c.recordImplementation(ImplementationStatus.PLANNED, null, "C's own plan");
    a.followParent(b);
    b.followParent(c); // a chain is fine

    assertThatThrownBy(() -> c.followParent(a))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("\"Action A\" already follows this action")
        .hasMessageContaining("would make a cycle");
    assertThat(c.getParent()).isEmpty();
    assertThat(c.getTestingSource()).isEqualTo(TestingSource.MANUAL);
    assertThat(c.getImplementationStatus()).isEqualTo(ImplementationStatus.PLANNED);
    assertThat(a.getParent()).containsSame(b);
    assertThat(b.getParent()).containsSame(c);
  }

  @Test
  void aProviderActionCannotBeAParent() {
    ActionState provided = state("Provider's encryption", ActionOwner.PROVIDER);

    assertThatThrownBy(() -> child.followParent(provided))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("service provider's action cannot be a parent");
    assertThat(child.getParent()).isEmpty();
    assertThat(child.getTestingSource()).isEqualTo(TestingSource.MANUAL);
    assertThat(child.getImplementationStatus()).isEqualTo(ImplementationStatus.NOT_IMPLEMENTED);
  }

  @Test
  void aProviderActionCannotFollowAParent() {
    ActionState provided = state("Provider's encryption", ActionOwner.PROVIDER);

    assertThatThrownBy(() -> provided.followParent(parent))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("carried out by the service provider");
    assertThat(provided.getParent()).isEmpty();
    assertThat(provided.getTestStatus()).isEqualTo(TestStatus.PASSED);
  }

  @Test
  void whileFollowingItsOwnStatusesCannotBeEditedAndTheMessageNamesTheParent() {
    parent.recordImplementation(ImplementationStatus.IMPLEMENTED, IMPLEMENTED_ON, null);
    child.followParent(parent);

    assertThatThrownBy(
            () -> child.recordImplementation(ImplementationStatus.PLANNED, null, "my plan"))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("follows its parent \"Parent policy\"")
        .hasMessageContaining("Manual");
    assertThatThrownBy(() -> child.recordTest(TestStatus.PASSED, TESTED_ON, "mine"))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("follows its parent \"Parent policy\"");
    assertThat(child.getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(child.getImplementationNotes()).isEmpty();
    assertThat(child.getTestStatus()).isEqualTo(TestStatus.NONE);
    assertThat(child.getTestingSource()).isEqualTo(TestingSource.PARENT);
  }

  @Test
  void testingManuallyKeepsTheMirroredValuesAndAllowsEditingAgain() {
    giveEveryMirroredValue(parent);
    child.followParent(parent);

    child.testManually();

    assertThat(child.getTestingSource()).isEqualTo(TestingSource.MANUAL);
    assertThat(child.getParent()).isEmpty();
    assertThat(child.getImplementationStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    assertThat(child.getImplementationDate()).contains(IMPLEMENTED_ON);
    assertThat(child.getImplementationNotes()).contains("rolled out");
    assertThat(child.getTestStatus()).isEqualTo(TestStatus.PARTIALLY_TESTED);
    assertThat(child.getTestDate()).contains(TESTED_ON);
    assertThat(child.getTestNotes()).contains("two laptops missing");
    assertThat(child.getPartialFraction())
        .hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo("0.4"));

    child.recordTest(TestStatus.PASSED, TESTED_ON, "checked myself");
    assertThat(child.getTestStatus()).isEqualTo(TestStatus.PASSED);

    parent.recordImplementation(ImplementationStatus.NOT_IMPLEMENTED, null, null);
    child.mirror(parent);
    assertThat(child.getTestStatus()).isEqualTo(TestStatus.PASSED);
  }

  @Test
  void aProviderActionCannotBeSwitchedToManualTesting() {
    ActionState provided = state("Provider's encryption", ActionOwner.PROVIDER);

    assertThatThrownBy(provided::testManually)
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("service provider");
  }
}
