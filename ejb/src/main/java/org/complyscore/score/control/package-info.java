/**
 * The scoring rules as aggregate SQL: {@link org.complyscore.score.control.ScoreQueries} for
 * points, {@link org.complyscore.score.control.StatusQueries} for control and assessment statuses.
 */
package org.complyscore.score.control;
