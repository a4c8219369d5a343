package org.complyscore.score.control;

import org.complyscore.score.entity.Score;

/**
 * One line of a score breakdown.
 *
 * @param key the id of the assessment, category, solution or group, or the regulation's name;
 *     {@code null} for the overall score and for actions without category or solution
 * @param score the points achieved out of achievable
 * @param counted how many action states were counted
 * @param open how many of them have not passed their test: what the action list shows for it
 */
public record ScoreRow(Object key, Score score, long counted, long open) {}
