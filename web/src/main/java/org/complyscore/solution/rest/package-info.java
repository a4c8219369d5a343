/**
 * Solutions over REST: {@code GET /api/solutions} with the score filters, {@code PUT} for upkeep.
 */
package org.complyscore.solution.rest;
