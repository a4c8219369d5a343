/**
 * Automated monitoring in the pages: an action's Testing tab (what makes it pass, the switch, the
 * latest results) and Settings › Monitoring (API tokens, the switch for all actions).
 */
package org.complyscore.monitoring.view;
