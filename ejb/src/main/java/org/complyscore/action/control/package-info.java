/**
 * Controls of the improvement-action component: the list queries, evidence checks, exports and
 * notifications behind the action workflow.
 */
package org.complyscore.action.control;
