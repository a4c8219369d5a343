package org.complyscore.score.control;

import java.math.BigDecimal;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.TestStatus;

/**
 * An open improvement action and what completing it would add.
 *
 * @param actionId the action
 * @param title its title
 * @param pointsToGain points not yet achieved over all its counted states
 * @param openStates how many of its states still have points to gain (one per group for
 *     non-technical actions)
 * @param firstStateId the first of those states, which the Overview links to
 * @param solution the solution of the action; null when it has none
 * @param implementationStatus the first open state's implementation status
 * @param testStatus the first open state's test status
 */
public record KeyActionRow(
    long actionId,
    String title,
    BigDecimal pointsToGain,
    long openStates,
    long firstStateId,
    String solution,
    ImplementationStatus implementationStatus,
    TestStatus testStatus) {}
