/**
 * Automated monitoring (F31) as the web layer uses it: API tokens, receiving signals, testing logic
 * and the automation switches, and the freshness timer.
 */
package org.complyscore.monitoring.boundary;
