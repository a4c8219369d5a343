/**
 * What is assessed: {@link org.complyscore.assessment.entity.Template}s of control families and
 * controls, the {@link org.complyscore.assessment.entity.AssessmentGroup}s that hold {@link
 * org.complyscore.assessment.entity.Assessment}s, and the statuses derived for controls and
 * assessments.
 */
package org.complyscore.assessment.entity;
