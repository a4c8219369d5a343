/**
 * Making assessments with their action states ({@link
 * org.complyscore.assessment.control.AssessmentFactory}), starting a group from another's work
 * ({@link org.complyscore.assessment.control.GroupCopy}), removing states no assessment uses
 * ({@link org.complyscore.assessment.control.OrphanStates}), the numbers of the assessment pages
 * ({@link org.complyscore.assessment.control.AssessmentQueries}), and an assessment's report
 * ({@link org.complyscore.assessment.control.AssessmentReportQueries}) as Excel ({@link
 * org.complyscore.assessment.control.AssessmentReportWorkbook}) and as OSCAL assessment results
 * ({@link org.complyscore.assessment.control.OscalResultsWriter}).
 */
package org.complyscore.assessment.control;
