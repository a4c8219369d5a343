/**
 * What every page shares: Faces configuration, the texts of the user interface, error pages, and
 * the HTTP hardening of responses and sessions.
 */
package org.complyscore.shared.view;
