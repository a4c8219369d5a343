package org.complyscore.action.boundary;

import java.math.BigDecimal;

/**
 * The header of one group in the action list.
 *
 * @param key the group's key as text (an id or an enum name); {@code null} for "none"
 * @param shown the rows of the group the filter shows
 * @param achieved points achieved by the group's actions under the filter, passed ones included, so
 *     that the totals are the score's (a solution's equal the score's solution breakdown)
 * @param achievable points achievable likewise
 */
public record GroupSummary(
    String key, String label, long shown, BigDecimal achieved, long achievable)
    implements java.io.Serializable {}
