package org.complyscore.monitoring.boundary;

import java.util.List;

/**
 * What became of posted signals.
 *
 * @param received how many were posted
 * @param stored how many were new
 * @param duplicates how many had been received before (same check, resource and moment), or were
 *     repeated in the batch: they change nothing
 * @param unknownChecks the checks no action listens to yet, sorted: stored, waiting for testing
 *     logic that names them
 * @param actionsChanged how many action states changed their statuses
 */
public record SignalReceipt(
    int received, int stored, int duplicates, List<String> unknownChecks, int actionsChanged) {}
