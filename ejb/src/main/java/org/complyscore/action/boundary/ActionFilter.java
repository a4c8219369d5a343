package org.complyscore.action.boundary;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.score.entity.ScoreFilter;

/**
 * Which improvement actions the list shows (F21). Each set narrows to the values it holds; an empty
 * set does not narrow; sets combine with "and". The first six are the score's own filters (F14), so
 * a number on the Overview opens the list of exactly the actions behind it.
 *
 * @param regulations regulations of the assessments that use the action
 * @param groupIds groups whose assessments use the action
 * @param assessmentIds assessments that use the action
 * @param assigneeIds people the action is assigned to
 * @param unassigned also (or, with no assignee ids, only) the actions nobody is assigned to
 * @param text words in the title or a control id, any case; blank for none
 * @param includePassed whether actions whose test passed are shown; hidden by default (F20)
 * @param stateIds just these action states (rows a person ticked, for an export)
 */
public record ActionFilter(
    Set<String> regulations,
    Set<Long> solutionIds,
    Set<ImplementationType> implementationTypes,
    Set<Purpose> purposes,
    Set<Long> groupIds,
    Set<Long> categoryIds,
    Set<Long> assessmentIds,
    Set<ActionOwner> owners,
    Set<ImplementationStatus> implementationStatuses,
    Set<TestStatus> testStatuses,
    Set<TestingSource> testingSources,
    Set<Long> assigneeIds,
    boolean unassigned,
    String text,
    boolean includePassed,
    Set<Long> stateIds)
    implements java.io.Serializable {

  /** The longest search text: longer ones are surely a mistake and would only slow the query. */
  public static final int TEXT_MAX = 200;

  /** Every action that is not passed, as the list opens. */
  public static final ActionFilter OPEN = builder().build();

  public ActionFilter {
    regulations = Set.copyOf(regulations);
    solutionIds = Set.copyOf(solutionIds);
    implementationTypes = Set.copyOf(implementationTypes);
    purposes = Set.copyOf(purposes);
    groupIds = Set.copyOf(groupIds);
    categoryIds = Set.copyOf(categoryIds);
    assessmentIds = Set.copyOf(assessmentIds);
    owners = Set.copyOf(owners);
    implementationStatuses = Set.copyOf(implementationStatuses);
    testStatuses = Set.copyOf(testStatuses);
    testingSources = Set.copyOf(testingSources);
    assigneeIds = Set.copyOf(assigneeIds);
    stateIds = Set.copyOf(stateIds);
    text = text == null ? "" : text.strip();
    if (text.length() > TEXT_MAX) {
      text = text.substring(0, TEXT_MAX);
    }
  }

  /** Narrows by what assessments use the actions: regulation, group or assessment. */
  public boolean narrowsAssessments() {
    return !regulations.isEmpty() || !groupIds.isEmpty() || !assessmentIds.isEmpty();
  }

  /**
   * Whether passed actions can be in the result: when asked for, or when the test-status filter
   * names Passed (asking for passed actions and hiding them would show nothing), or when rows are
   * named one by one.
   */
  public boolean showsPassed() {
    return includePassed || testStatuses.contains(TestStatus.PASSED) || !stateIds.isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The part of this filter the score understands (F14), for the score of the listed actions. */
  public ScoreFilter scoreFilter() {
    return new ScoreFilter(
        regulations,
        solutionIds,
        implementationTypes,
        purposes,
        groupIds,
        categoryIds,
        assessmentIds,
        owners);
  }

  /** Collects a filter field by field; the web page and the REST API fill it from parameters. */
  public static final class Builder {
    private final Set<String> regulations = new HashSet<>();
    private final Set<Long> solutionIds = new HashSet<>();
    private final Set<ImplementationType> implementationTypes =
        EnumSet.noneOf(ImplementationType.class);
    private final Set<Purpose> purposes = EnumSet.noneOf(Purpose.class);
    private final Set<Long> groupIds = new HashSet<>();
    private final Set<Long> categoryIds = new HashSet<>();
    private final Set<Long> assessmentIds = new HashSet<>();
    private final Set<ActionOwner> owners = EnumSet.noneOf(ActionOwner.class);
    private final Set<ImplementationStatus> implementationStatuses =
        EnumSet.noneOf(ImplementationStatus.class);
    private final Set<TestStatus> testStatuses = EnumSet.noneOf(TestStatus.class);
    private final Set<TestingSource> testingSources = EnumSet.noneOf(TestingSource.class);
    private final Set<Long> assigneeIds = new HashSet<>();
    private boolean unassigned;
    private String text = "";
    private boolean includePassed;
    private final Set<Long> stateIds = new HashSet<>();

    private Builder() {}

    /** The score's filters: the list then shows the actions behind that score. */
    public Builder score(ScoreFilter filter) {
      return regulations(filter.regulations())
          .solutions(filter.solutionIds())
          .implementationTypes(filter.implementationTypes())
          .purposes(filter.purposes())
          .groups(filter.groupIds())
          .categories(filter.categoryIds())
          .assessments(filter.assessmentIds())
          .owners(filter.owners());
    }

    public Builder states(Set<Long> ids) {
      stateIds.addAll(ids);
      return this;
    }

    public Builder regulations(Set<String> values) {
      regulations.addAll(values);
      return this;
    }

    public Builder solutions(Set<Long> ids) {
      solutionIds.addAll(ids);
      return this;
    }

    public Builder implementationTypes(Set<ImplementationType> values) {
      implementationTypes.addAll(values);
      return this;
    }

    public Builder purposes(Set<Purpose> values) {
      purposes.addAll(values);
      return this;
    }

    public Builder groups(Set<Long> ids) {
      groupIds.addAll(ids);
      return this;
    }

    public Builder categories(Set<Long> ids) {
      categoryIds.addAll(ids);
      return this;
    }

    public Builder assessments(Set<Long> ids) {
      assessmentIds.addAll(ids);
      return this;
    }

    public Builder owners(Set<ActionOwner> values) {
      owners.addAll(values);
      return this;
    }

    public Builder implementationStatuses(Set<ImplementationStatus> values) {
      implementationStatuses.addAll(values);
      return this;
    }

    public Builder testStatuses(Set<TestStatus> values) {
      testStatuses.addAll(values);
      return this;
    }

    public Builder testingSources(Set<TestingSource> values) {
      testingSources.addAll(values);
      return this;
    }

    public Builder assignees(Set<Long> ids) {
      assigneeIds.addAll(ids);
      return this;
    }

    public Builder unassigned(boolean value) {
      unassigned = value;
      return this;
    }

    public Builder text(String value) {
      text = value;
      return this;
    }

    public Builder includePassed(boolean value) {
      includePassed = value;
      return this;
    }

    public ActionFilter build() {
      return new ActionFilter(
          regulations,
          solutionIds,
          implementationTypes,
          purposes,
          groupIds,
          categoryIds,
          assessmentIds,
          owners,
          implementationStatuses,
          testStatuses,
          testingSources,
          assigneeIds,
          unassigned,
          text,
          includePassed,
          stateIds);
    }
  }
}
