package org.complyscore.solution.boundary;

import org.complyscore.shared.entity.BusinessException;

/** Someone else saved the solution since the editor read it: their change is not overwritten. */
public class SolutionChangedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public SolutionChangedException() {
    super(
        "Someone else changed this solution while you were editing it, so your changes were not"
            + " saved. The page now shows the current values; make your changes again if they are"
            + " still needed.");
  }
}
