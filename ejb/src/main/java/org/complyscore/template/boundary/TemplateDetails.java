package org.complyscore.template.boundary;

import java.util.List;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;

/** A template's families, controls and actions as they are now (F44). */
public record TemplateDetails(TemplateRow row, List<Family> families) {

  public record Family(String key, String title, List<ControlLine> controls) {}

  /** A control with what it requires and the actions that satisfy it. */
  public record ControlLine(
      long id, String key, String title, String statement, int addedIn, List<ActionLine> actions) {}

  /**
   * An action of a control.
   *
   * @param checkIds the checks of automated monitoring it listens to (F31), sorted; empty for none
   * @param combination how their results combine, or {@code null} without checks
   */
  public record ActionLine(
      long id,
      String title,
      int points,
      ActionOwner owner,
      ImplementationType type,
      List<String> checkIds,
      TestingCombination combination) {

    public ActionLine {
      checkIds = List.copyOf(checkIds);
    }

    ActionLine(
        long id,
        String title,
        int points,
        ActionOwner owner,
        ImplementationType type,
        TestingLogic testing) {
      this(
          id,
          title,
          points,
          owner,
          type,
          List.copyOf(testing.checkIds()),
          testing.isAutomatable() ? testing.combination() : null);
    }

    /** The check ids as one line: "web.hsts, web.tls"; empty for none. */
    public String checkList() {
      return String.join(", ", checkIds);
    }
  }
}
