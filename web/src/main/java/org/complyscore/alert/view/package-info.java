/**
 * The alert pages: the alerts list with its filters and triage ({@code /alerts/list}) and the alert
 * policies under Settings ({@code /settings/alert-policies}).
 */
package org.complyscore.alert.view;
