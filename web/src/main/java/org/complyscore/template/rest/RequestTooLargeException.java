package org.complyscore.template.rest;

import org.complyscore.shared.rest.ProblemException;

/** A template upload whose body passed the bound while it was read. */
class RequestTooLargeException extends ProblemException {

  private static final long serialVersionUID = 1L;

  RequestTooLargeException() {
    super(TemplateUploadFilter.tooLargeProblem());
  }
}
