/**
 * How automated monitoring works inside: the checks of signals, the evaluation of testing logic
 * into test statuses, and the settings of freshness and rate limits.
 */
package org.complyscore.monitoring.control;
