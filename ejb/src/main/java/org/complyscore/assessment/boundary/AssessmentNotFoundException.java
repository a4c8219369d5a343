package org.complyscore.assessment.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** An assessment that does not exist (any more). */
public class AssessmentNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public AssessmentNotFoundException(long id) {
    super("There is no assessment " + id + "; it may have been deleted.");
  }
}
