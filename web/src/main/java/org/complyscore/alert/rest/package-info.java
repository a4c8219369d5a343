/**
 * The alerts over REST: {@code /api/alerts} (list with filters, triage) and {@code
 * /api/alert-policies} (the policies, for Administrators).
 */
package org.complyscore.alert.rest;
