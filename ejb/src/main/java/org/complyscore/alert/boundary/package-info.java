/**
 * Alerts for people (F32): Administrators keep the alert policies ({@link
 * org.complyscore.alert.boundary.AlertPolicyService}); everyone sees the alerts and Contributors
 * and up triage them ({@link org.complyscore.alert.boundary.AlertService}); a timer compares the
 * score for score-change policies ({@link org.complyscore.alert.boundary.ScoreWatch}).
 */
package org.complyscore.alert.boundary;
