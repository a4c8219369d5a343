package org.complyscore.assessment.boundary;

/**
 * What the create-assessment wizard (F42) or the API asks for.
 *
 * @param templateId the template to make it from
 * @param name the assessment's name, unique in its group
 * @param groupId an existing group, or {@code null} for a new one
 * @param newGroupName the new group's name when {@code groupId} is {@code null}
 * @param copyFromGroupId for a new group: the group whose implementation and testing details and
 *     evidence the new group's own actions start from; {@code null} to start empty
 */
public record NewAssessment(
    Long templateId, String name, Long groupId, String newGroupName, Long copyFromGroupId) {}
