/**
 * The work that raises the score: {@link org.complyscore.action.entity.ImprovementAction}s with
 * their points, the {@link org.complyscore.action.entity.ActionState} that tracks one in its scope,
 * the statuses, solutions and categories, and the scoring rules for a single state.
 */
package org.complyscore.action.entity;
