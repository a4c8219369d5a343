/**
 * Reading OSCAL ({@link org.complyscore.template.control.OscalCatalogReader}, {@link
 * org.complyscore.template.control.OscalProfileSelection}), building the built-in baseline from it
 * ({@link org.complyscore.template.control.BaselineTemplateBuilder}, {@link
 * org.complyscore.template.control.BaselineRules}) and making assessments with their action states
 * ({@link org.complyscore.assessment.control.AssessmentFactory}).
 */
package org.complyscore.assessment.control;
