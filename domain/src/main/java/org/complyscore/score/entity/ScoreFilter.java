package org.complyscore.score.entity;

import java.util.Set;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;

/**
 * Which part of the score to look at. Each set narrows the view to the values it holds; an empty
 * set does not narrow. Sets combine with "and".
 *
 * @param regulations template regulations, e.g. "NIST SP 800-53 Rev 5 MODERATE"
 * @param solutionIds solutions of the actions
 * @param implementationTypes technical, operational, documentation
 * @param purposes preventive, detective, corrective
 * @param groupIds groups whose assessments use the actions
 * @param categoryIds categories of the actions
 * @param assessmentIds assessments that use the actions
 * @param owners your organization, service provider
 */
public record ScoreFilter(
    Set<String> regulations,
    Set<Long> solutionIds,
    Set<ImplementationType> implementationTypes,
    Set<Purpose> purposes,
    Set<Long> groupIds,
    Set<Long> categoryIds,
    Set<Long> assessmentIds,
    Set<ActionOwner> owners) {

  public static final ScoreFilter NONE =
      new ScoreFilter(
          Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  public ScoreFilter {
    regulations = Set.copyOf(regulations);
    solutionIds = Set.copyOf(solutionIds);
    implementationTypes = Set.copyOf(implementationTypes);
    purposes = Set.copyOf(purposes);
    groupIds = Set.copyOf(groupIds);
    categoryIds = Set.copyOf(categoryIds);
    assessmentIds = Set.copyOf(assessmentIds);
    owners = Set.copyOf(owners);
  }

  /** Narrows by what assessments use the actions: regulation, group or assessment. */
  public boolean narrowsAssessments() {
    return !regulations.isEmpty() || !groupIds.isEmpty() || !assessmentIds.isEmpty();
  }

  public ScoreFilter withAssessments(Set<Long> ids) {
    return new ScoreFilter(
        regulations,
        solutionIds,
        implementationTypes,
        purposes,
        groupIds,
        categoryIds,
        ids,
        owners);
  }

  public ScoreFilter withGroups(Set<Long> ids) {
    return new ScoreFilter(
        regulations,
        solutionIds,
        implementationTypes,
        purposes,
        ids,
        categoryIds,
        assessmentIds,
        owners);
  }

  public ScoreFilter withCategories(Set<Long> ids) {
    return new ScoreFilter(
        regulations,
        solutionIds,
        implementationTypes,
        purposes,
        groupIds,
        ids,
        assessmentIds,
        owners);
  }

  public ScoreFilter withSolutions(Set<Long> ids) {
    return new ScoreFilter(
        regulations,
        ids,
        implementationTypes,
        purposes,
        groupIds,
        categoryIds,
        assessmentIds,
        owners);
  }

  public ScoreFilter withImplementationTypes(Set<ImplementationType> types) {
    return new ScoreFilter(
        regulations, solutionIds, types, purposes, groupIds, categoryIds, assessmentIds, owners);
  }

  public ScoreFilter withRegulations(Set<String> names) {
    return new ScoreFilter(
        names,
        solutionIds,
        implementationTypes,
        purposes,
        groupIds,
        categoryIds,
        assessmentIds,
        owners);
  }

  public ScoreFilter withOwners(Set<ActionOwner> kept) {
    return new ScoreFilter(
        regulations,
        solutionIds,
        implementationTypes,
        purposes,
        groupIds,
        categoryIds,
        assessmentIds,
        kept);
  }
}
