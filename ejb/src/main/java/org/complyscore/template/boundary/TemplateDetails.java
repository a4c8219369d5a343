package org.complyscore.template.boundary;

import java.util.List;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationType;

/** A template's families, controls and actions as they are now (F44). */
public record TemplateDetails(TemplateRow row, List<Family> families) {

  public record Family(String key, String title, List<ControlLine> controls) {}

  /** A control with what it requires and the actions that satisfy it. */
  public record ControlLine(
      long id, String key, String title, String statement, int addedIn, List<ActionLine> actions) {}

  public record ActionLine(
      long id, String title, int points, ActionOwner owner, ImplementationType type) {}
}
