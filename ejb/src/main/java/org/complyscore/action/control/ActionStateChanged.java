package org.complyscore.action.control;

import java.util.Objects;
import org.complyscore.action.entity.ActionChange;
import org.complyscore.action.entity.ChangeOrigin;

/**
 * A CDI event for one recorded change of an action state: the same facts as the history line
 * ({@link ActionChange}), fired by {@link ActionHistory} inside the transaction that made the
 * change. Components that react to work on actions (alerts, F32) observe it instead of being called
 * from every place that changes a state.
 *
 * @param stateId the changed state
 * @param actionId its improvement action
 * @param actionTitle the action's title, for messages
 * @param groupId the group of a per-group state, or {@code null} for the organization's
 * @param field the field as the history names it: {@code implementationStatus}, {@code testStatus},
 *     {@code assignee}, {@link ActionChange#EVIDENCE}, …
 * @param oldValue the value before, as text, or {@code null}
 * @param newValue the value after, as text, or {@code null}
 * @param origin a person, a parent action, or automation
 * @param changedBy the name the history shows as "by"
 */
public record ActionStateChanged(
    long stateId,
    long actionId,
    String actionTitle,
    Long groupId,
    String field,
    String oldValue,
    String newValue,
    ChangeOrigin origin,
    String changedBy) {

  public ActionStateChanged {
    Objects.requireNonNull(field);
    Objects.requireNonNull(origin);
  }

  static ActionStateChanged of(ActionChange change) {
    var state = change.getState();
    return new ActionStateChanged(
        state.getId(),
        state.getAction().getId(),
        state.getAction().getTitle(),
        state.getGroupId().orElse(null),
        change.getField(),
        change.getOldValue().orElse(null),
        change.getNewValue().orElse(null),
        change.getOrigin(),
        change.getChangedByName());
  }
}
