package org.complyscore.monitoring.boundary;

import java.io.Serializable;

/**
 * One bad value in posted signals.
 *
 * @param field the field, with the signal's place in a batch: {@code [3].severity}
 * @param message what is wrong, for the machine's operator
 */
public record SignalProblem(String field, String message) implements Serializable {}
