/**
 * The Solutions page (F30): each solution's part of the score, and its upkeep by Administrators.
 */
package org.complyscore.solution.view;
