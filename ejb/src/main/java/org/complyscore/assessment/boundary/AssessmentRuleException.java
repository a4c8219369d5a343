package org.complyscore.assessment.boundary;

import org.complyscore.shared.entity.BusinessException;

/** A request that breaks a rule of assessments and groups (F41, F42), with the rule in words. */
public class AssessmentRuleException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public AssessmentRuleException(String message) {
    super(message);
  }
}
