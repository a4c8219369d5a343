/** The compliance score for signed-in callers: overall, broken down, and the key actions. */
package org.complyscore.score.boundary;
