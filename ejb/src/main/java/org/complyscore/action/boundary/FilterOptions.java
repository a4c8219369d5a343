package org.complyscore.action.boundary;

import java.util.List;

/**
 * What the filters of the action list and the Overview can choose from, as they exist now.
 *
 * @param regulations the regulations of the assessments
 * @param people active people and anyone with assigned actions
 */
public record FilterOptions(
    List<Option> regulations,
    List<Option> solutions,
    List<Option> groups,
    List<Option> categories,
    List<Option> assessments,
    List<Option> people)
    implements java.io.Serializable {

  /** A value to filter by and what the person sees; ids are written as text. */
  public record Option(String value, String label) implements java.io.Serializable {}
}
