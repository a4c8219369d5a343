package org.complyscore.action.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** No evidence with this id (any more). */
public class EvidenceNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public EvidenceNotFoundException(long id) {
    super("There is no evidence with the id " + id + "; it may have been deleted.");
  }
}
