package org.complyscore.shared.rest;

import jakarta.ws.rs.WebApplicationException;

/** Ends a request with a {@link Problem} as the response. */
public class ProblemException extends WebApplicationException {

  private static final long serialVersionUID = 1L;

  public ProblemException(Problem problem) {
    super(problem.detail(), problem.toResponse());
  }
}
