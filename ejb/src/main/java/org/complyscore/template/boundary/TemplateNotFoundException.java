package org.complyscore.template.boundary;

import org.complyscore.shared.entity.NotFoundException;

/** A template that does not exist (any more). */
public class TemplateNotFoundException extends NotFoundException {

  private static final long serialVersionUID = 1L;

  public TemplateNotFoundException(long id) {
    super("There is no template " + id + "; it may have been removed.");
  }
}
