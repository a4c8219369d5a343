/**
 * Alerts (F32): an {@link org.complyscore.alert.entity.AlertPolicy} says which changes matter
 * (score, assignment, implementation or test status, evidence), how severe they are, how often they
 * must happen before someone is told, and who is told; an {@link
 * org.complyscore.alert.entity.Alert} is what a policy raised, triaged from Active to Resolved or
 * Dismissed.
 */
package org.complyscore.alert.entity;
