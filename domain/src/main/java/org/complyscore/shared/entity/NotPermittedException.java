package org.complyscore.shared.entity;

/**
 * The caller's role allows the operation in general but not this particular change (an
 * Administrator granting the Owner role, anyone deactivating their own account); REST answers 403.
 */
public class NotPermittedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  public NotPermittedException(String message) {
    super(message);
  }
}
