/**
 * How alerts come about: changes of actions are matched against the enabled policies in the
 * transaction that makes them ({@link org.complyscore.alert.control.ActionChangeWatch}), the score
 * is compared on a timer, the threshold within a window is counted ({@link
 * org.complyscore.alert.control.AlertRaiser}), and alerts are mailed through the outbox ({@link
 * org.complyscore.alert.control.AlertMailer}).
 */
package org.complyscore.alert.control;
