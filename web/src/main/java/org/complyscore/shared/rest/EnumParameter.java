package org.complyscore.shared.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * Values of JSON bodies as clients write them ("passed", "PASSED", "2026-11-24"), read with a
 * message naming the field when wrong, instead of a parser's exception.
 */
public final class EnumParameter {

  private EnumParameter() {}

  /**
   * A constant of an enum, any case, "-" for "_".
   *
   * @param noun what the value is, for the message: "a role", "an implementation status"
   */
  public static <E extends Enum<E>> E parse(
      String field, String noun, Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Give " + noun + ": " + choices(type) + ".");
    }
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field,
          "\"" + value.strip() + "\" is not " + noun + "; use one of " + choices(type) + ".");
    }
  }

  /** An ISO date (2026-11-24), or {@code null} for none. */
  public static LocalDate date(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "\"" + value.strip() + "\" is not a date; write it as YYYY-MM-DD.");
    }
  }

  private static <E extends Enum<E>> String choices(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
