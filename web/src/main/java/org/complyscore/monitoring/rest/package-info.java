/**
 * Automated monitoring over REST (F31, F50): signals posted by machines, API tokens, testing logic
 * and the automation switches; the per-token rate limit.
 */
package org.complyscore.monitoring.rest;
