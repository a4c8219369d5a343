/**
 * The assessment pages: the list ({@link org.complyscore.assessment.view.AssessmentsView}), the
 * details with rename, delete and the pending template update ({@link
 * org.complyscore.assessment.view.AssessmentDetailsView}) and the create-assessment wizard ({@link
 * org.complyscore.assessment.view.CreateAssessmentView}).
 */
package org.complyscore.assessment.view;
