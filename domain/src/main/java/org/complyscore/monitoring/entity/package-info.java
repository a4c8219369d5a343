/**
 * Automated monitoring (F31): the API tokens machines post with, the signals they post, the
 * combination of signals into an action's test status, and the Owner's switch for all actions.
 */
package org.complyscore.monitoring.entity;
