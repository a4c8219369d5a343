/**
 * The score as values: {@link org.complyscore.score.entity.Score} (points achieved out of
 * achievable) and the {@link org.complyscore.score.entity.ScoreFilter} that narrows it. The score
 * itself is never stored; the database computes it from the action states.
 */
package org.complyscore.score.entity;
