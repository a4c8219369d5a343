/**
 * Templates over REST: the list, details and Excel export, imports from OSCAL and Excel as
 * multipart/form-data with a review that stores nothing, and the removal of a control.
 */
package org.complyscore.template.rest;
