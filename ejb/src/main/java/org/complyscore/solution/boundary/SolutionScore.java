package org.complyscore.solution.boundary;

import java.math.BigDecimal;
import org.complyscore.score.entity.Score;

/**
 * A solution and its part of the score under a filter (F30).
 *
 * @param id the solution; null for the line of actions without a solution
 * @param name its name
 * @param description what it is; null when not described
 * @param url where it opens; null when not known
 * @param version for an edit to name the version it was made on
 * @param score points its actions achieved out of what they can achieve
 * @param contribution what its achieved points make of the overall score, in percentage points: the
 *     contributions of all solutions add up to the score
 * @param actions how many action states were counted
 * @param open how many of those have not passed: the action list's "remaining actions"
 */
public record SolutionScore(
    Long id,
    String name,
    String description,
    String url,
    long version,
    Score score,
    BigDecimal contribution,
    long actions,
    long open)
    implements java.io.Serializable {}
