package org.complyscore.action.boundary;

import org.complyscore.shared.entity.BusinessException;

/**
 * Someone else saved the action after the person loaded it: their change is refused rather than
 * written over the other one (optimistic locking). The page then shows the current values.
 */
public class ConcurrentChangeException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(String otherPerson) {
    super(
        (otherPerson == null ? "Someone else" : otherPerson)
            + " saved this action while you were editing it, so your changes were not saved."
            + " The page now shows the current values; make your changes again if they are still"
            + " needed.");
  }
}
