package org.complyscore.monitoring.boundary;

import java.io.Serializable;

/**
 * Automated monitoring at a glance, for the settings page.
 *
 * @param automationOn the Owner's switch
 * @param automatableActions actions with testing logic
 * @param automatedStates action states monitoring tests now
 * @param freshnessHours how old a signal may be and still count
 * @param checkIntervalMinutes how often freshness is checked
 */
public record MonitoringStatus(
    boolean automationOn,
    long automatableActions,
    long automatedStates,
    long freshnessHours,
    long checkIntervalMinutes)
    implements Serializable {}
