package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.action.entity.ActionState.FieldChange;
import org.complyscore.action.entity.ActionState.Snapshot;
import org.junit.jupiter.api.Test;

/** What the history records of a change (F26): the fields that differ, old and new. */
class SnapshotTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

  private final ActionState state =
      ActionStateParentTest.state("History action", ActionOwner.ORGANIZATION);

  @Test
  void aSnapshotHoldsTheHistoryFieldsInAFixedOrder() {
    assertThat(state.snapshot().values())
        .containsExactly(
            entry("implementationStatus", "NOT_IMPLEMENTED"),
            entry("implementationDate", null),
            entry("implementationNotes", null),
            entry("testStatus", "NONE"),
            entry("testDate", null),
            entry("testNotes", null),
            entry("additionalNotes", null),
            entry("assignee", null),
            entry("testingSource", "MANUAL"),
            entry("parent", null));
  }

  @Test
  void nothingChangedRecordsNothing() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, "notes");
    Snapshot before = state.snapshot();

    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, "notes");

    assertThat(state.snapshot().changesSince(before)).isEmpty();
  }

  @Test
  void listsExactlyTheChangedFieldsWithOldAndNewValuesInFieldOrder() {
    state.recordImplementation(ImplementationStatus.PLANNED, null, "plan");
    state.changeAdditionalNotes("kept");
    Snapshot before = state.snapshot();

    // Changed in another order than the fields' order.
    state.assignTo(new User("jane", "Jane Doe", Role.ASSESSOR, "hash"));
    state.changeAdditionalNotes("kept");
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, "done");
    state.recordTest(TestStatus.IN_PROGRESS, null, "started");

    assertThat(state.snapshot().changesSince(before))
        .containsExactly(
            new FieldChange("implementationStatus", "PLANNED", "IMPLEMENTED"),
            new FieldChange("implementationDate", null, "2026-11-24"),
            new FieldChange("implementationNotes", "plan", "done"),
            new FieldChange("testStatus", "NONE", "IN_PROGRESS"),
            new FieldChange("testNotes", null, "started"),
            new FieldChange("assignee", null, "Jane Doe"));
  }

  @Test
  void anEmptiedFieldShowsItsOldValueAndNull() {
    state.changeAdditionalNotes("temporary");
    Snapshot before = state.snapshot();

    state.changeAdditionalNotes(null);

    assertThat(state.snapshot().changesSince(before))
        .containsExactly(new FieldChange("additionalNotes", "temporary", null));
  }

  @Test
  void nullAndBlankCountAsTheSame() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, null, null);
    state.changeAdditionalNotes("");
    Snapshot before = state.snapshot();

    state.recordImplementation(ImplementationStatus.IMPLEMENTED, null, "   ");
    state.changeAdditionalNotes(null);

    assertThat(state.snapshot().changesSince(before)).isEmpty();
  }

  @Test
  void blankAgainstBlankAndNullAgainstNullAreNoChangeInPlainSnapshotsEither() {
    Snapshot before = snapshot("a", null, "b", "", "c", " \t", "d", "same");
    Snapshot after = snapshot("a", "", "b", null, "c", null, "d", "same");

    assertThat(after.changesSince(before)).isEmpty();
    assertThat(before.changesSince(after)).isEmpty();
  }

  @Test
  void plainSnapshotsCompareFieldByFieldInTheLaterSnapshotsOrder() {
    Snapshot before = snapshot("x", "1", "y", "2", "z", "3");
    Snapshot after = snapshot("z", "4", "y", "2", "x", "5");

    assertThat(after.changesSince(before))
        .containsExactly(new FieldChange("z", "3", "4"), new FieldChange("x", "1", "5"));
  }

  @Test
  void goingBackToNotImplementedAfterAPassedTestRecordsTheClearedTest() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, "rolled out");
    state.recordTest(TestStatus.PASSED, DAY.plusDays(1), "checked");
    Snapshot before = state.snapshot();

    state.recordImplementation(ImplementationStatus.NOT_IMPLEMENTED, null, "rolled out");

    assertThat(state.snapshot().changesSince(before))
        .containsExactly(
            new FieldChange("implementationStatus", "IMPLEMENTED", "NOT_IMPLEMENTED"),
            new FieldChange("implementationDate", "2026-11-24", null),
            new FieldChange("testStatus", "PASSED", "NONE"),
            new FieldChange("testDate", "2026-11-25", null));
  }

  @Test
  void anAutomatedPartialResultRecordsTheStatusAndTheSourceButNotTheDate() {
    state.recordImplementation(ImplementationStatus.IMPLEMENTED, null, null);
    state.recordTest(TestStatus.FAILED_HIGH_RISK, DAY, null);
    Snapshot before = state.snapshot();

    state.recordAutomatedResult(TestStatus.PARTIALLY_TESTED, new BigDecimal("0.5"));

    assertThat(state.snapshot().changesSince(before))
        .containsExactly(
            new FieldChange("testStatus", "FAILED_HIGH_RISK", "PARTIALLY_TESTED"),
            new FieldChange("testingSource", "MANUAL", "AUTOMATIC"));
  }

  @Test
  void followingAParentRecordsTheMirroredFieldsTheSourceAndTheParentsTitle() {
    ActionState parent = ActionStateParentTest.state("Parent in history", ActionOwner.ORGANIZATION);
    parent.recordImplementation(ImplementationStatus.IMPLEMENTED, DAY, null);
    Snapshot before = state.snapshot();

    state.followParent(parent);

    assertThat(state.snapshot().changesSince(before))
        .containsExactly(
            new FieldChange("implementationStatus", "NOT_IMPLEMENTED", "IMPLEMENTED"),
            new FieldChange("implementationDate", null, "2026-11-24"),
            new FieldChange("testingSource", "MANUAL", "PARENT"),
            new FieldChange("parent", null, "Parent in history"));

    Snapshot following = state.snapshot();
    state.testManually();
    assertThat(state.snapshot().changesSince(following))
        .containsExactly(
            new FieldChange("testingSource", "PARENT", "MANUAL"),
            new FieldChange("parent", "Parent in history", null));
  }

  /** Field, value, field, value … in this order. */
  private static Snapshot snapshot(String... fieldsAndValues) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      values.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return new Snapshot(values);
  }
}
