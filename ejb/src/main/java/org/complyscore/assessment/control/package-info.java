/**
 * Reading OSCAL ({@link org.complyscore.assessment.control.OscalCatalogReader}, {@link
 * org.complyscore.assessment.control.OscalProfileSelection}), building the built-in baseline from
 * it ({@link org.complyscore.assessment.control.BaselineTemplateBuilder}, {@link
 * org.complyscore.assessment.control.BaselineRules}) and making assessments with their action
 * states ({@link org.complyscore.assessment.control.AssessmentFactory}).
 */
package org.complyscore.assessment.control;
