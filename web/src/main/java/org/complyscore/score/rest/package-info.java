/** The score over REST: {@code GET /api/score} with filters as query parameters. */
package org.complyscore.score.rest;
