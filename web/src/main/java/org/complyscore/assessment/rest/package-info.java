/**
 * Assessments over REST: {@link org.complyscore.assessment.rest.AssessmentsResource}, and the
 * assessment's report and OSCAL results as downloads.
 */
package org.complyscore.assessment.rest;
