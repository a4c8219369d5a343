package org.complyscore.monitoring.boundary;

import org.complyscore.shared.entity.BusinessException;

/**
 * Two requests stored the same signal at the same moment; one of them is refused whole. Posting it
 * again is safe: the signal the other request stored is recognised and skipped.
 */
public class SignalConflictException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public SignalConflictException() {
    super(
        "Another request stored some of these signals at the same moment; nothing of this one was"
            + " stored. Post it again: signals received before are skipped.");
  }
}
