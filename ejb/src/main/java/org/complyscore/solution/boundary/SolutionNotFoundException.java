package org.complyscore.solution.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** A solution that does not exist (any more). */
public class SolutionNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public SolutionNotFoundException(long id) {
    super("There is no solution " + id + "; it may have been removed.");
  }
}
