package org.complyscore.monitoring.rest;

import org.complyscore.shared.rest.Problem;

/**
 * A request body that holds no signals to check: not JSON, or too large. It carries its problem,
 * which {@link MonitoringProblemMappers} answers with; a plain value, so that the reader is tested
 * without a REST runtime.
 */
class UnreadableSignalsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Problem problem;

  UnreadableSignalsException(Problem problem) {
    super(problem.detail());
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
