package org.complyscore.score.control;

import java.math.BigDecimal;

/**
 * An open improvement action and what completing it would add.
 *
 * @param actionId the action
 * @param title its title
 * @param pointsToGain points not yet achieved over all its counted states
 * @param openStates how many of its states are still open
 */
public record KeyActionRow(long actionId, String title, BigDecimal pointsToGain, long openStates) {}
