package org.complyscore.template.control;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with an uploaded template workbook, located the way Excel shows it, so that a
 * person can go to the cell and fix it.
 *
 * @param sheet the sheet's name, or {@code ""} when the problem concerns the whole file
 * @param row the row number as Excel shows it (row 1 holds the column names), or 0 when the problem
 *     concerns the whole sheet or file
 * @param column the column's letter ("C"), or {@code ""} when the problem concerns a whole row,
 *     sheet or file
 * @param message what is wrong and how to put it right, as whole sentences
 */
public record TemplateProblem(String sheet, int row, String column, String message)
    implements Serializable {

  public TemplateProblem {
    Objects.requireNonNull(sheet);
    Objects.requireNonNull(column);
    Objects.requireNonNull(message);
    if (row < 0) {
      throw new IllegalArgumentException("Rows count from 1; 0 means the whole sheet.");
    }
  }

  /** A problem with the file as a whole, such as a file that is no workbook at all. */
  public static TemplateProblem ofFile(String message) {
    return new TemplateProblem("", 0, "", message);
  }

  /** A problem with a whole sheet, such as a missing one. */
  public static TemplateProblem ofSheet(String sheet, String message) {
    return new TemplateProblem(sheet, 0, "", message);
  }

  /**
   * Where and what, in one line: {@code Actions, row 7, column D: "Sometimes" is not a purpose; use
   * Preventive, Detective or Corrective.}
   */
  public String describe() {
    StringBuilder where = new StringBuilder(sheet);
    if (row > 0) {
      where.append(where.isEmpty() ? "Row " : ", row ").append(row);
    }
    if (!column.isEmpty()) {
      where.append(where.isEmpty() ? "Column " : ", column ").append(column);
    }
    return where.isEmpty() ? message : where + ": " + message;
  }

  @Override
  public String toString() {
    return describe();
  }
}
