/**
 * Reading OSCAL ({@link org.complyscore.assessment.control.OscalCatalogReader}, {@link
 * org.complyscore.assessment.control.OscalProfileSelection}), building the built-in baseline from
 * it ({@link org.complyscore.assessment.control.BaselineTemplateBuilder}, {@link
 * org.complyscore.assessment.control.BaselineRules}) and making assessments with their action
 * states ({@link org.complyscore.assessment.control.AssessmentFactory}). An assessment's report
 * ({@link org.complyscore.assessment.control.AssessmentReportQueries}) as Excel ({@link
 * org.complyscore.assessment.control.AssessmentReportWorkbook}) and OSCAL assessment results
 * ({@link org.complyscore.assessment.control.OscalResultsWriter}).
 */
package org.complyscore.assessment.control;
