package org.complyscore.template.control;

import java.util.List;
import org.complyscore.shared.entity.BusinessException;

/**
 * A template file that cannot be imported, with every problem found in it: a person fixes them all
 * in one go rather than uploading the file again for each.
 */
public class TemplateFileException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<TemplateProblem> problems;

  /**
   * @param problems what is wrong, in the order to show them; at least one
   */
  public TemplateFileException(List<TemplateProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, by sheet, then row, then column. */
  public List<TemplateProblem> problems() {
    return problems;
  }

  private static String summary(List<TemplateProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A template file is refused for at least one problem.");
    }
    if (problems.size() == 1) {
      return "The template cannot be imported: " + problems.get(0).describe();
    }
    return "The template cannot be imported: the file has "
        + problems.size()
        + " problems. The first: "
        + problems.get(0).describe();
  }
}
