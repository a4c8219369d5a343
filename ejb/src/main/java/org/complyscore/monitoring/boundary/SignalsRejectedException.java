package org.complyscore.monitoring.boundary;

import java.util.List;
import org.complyscore.shared.entity.BusinessException;

/** Posted signals that break the rules; none of the batch was stored. */
public class SignalsRejectedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<SignalProblem> problems;

  public SignalsRejectedException(List<SignalProblem> problems) {
    super(
        problems.size() == 1
            ? problems.get(0).field() + ": " + problems.get(0).message()
            : problems.size() + " values are not valid; nothing was stored.");
    this.problems = List.copyOf(problems);
  }

  public List<SignalProblem> getProblems() {
    return problems;
  }
}
