package org.complyscore.template.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.complyscore.action.control.Labels;

/**
 * The names of the template workbook's sheets, columns and fields, shared by {@link
 * ExcelTemplateReader} and {@link ExcelTemplateWriter} so that what is written is what is read.
 * docs/excel-templates.md describes the format for people.
 */
final class ExcelTemplateFormat {

  static final String TEMPLATE_SHEET = "Template";
  static final String FAMILY_SHEET = "ControlFamily";
  static final String ACTION_SHEET = "Actions";
  static final String DIMENSION_SHEET = "Dimensions";

  /** In the order the workbook has them and problems are listed. */
  static final List<String> SHEETS =
      List.of(TEMPLATE_SHEET, FAMILY_SHEET, ACTION_SHEET, DIMENSION_SHEET);

  // Template: one row per field.
  static final String FIELD = "Field";
  static final String VALUE = "Value";
  static final String TITLE = "Title";
  static final String PRODUCT = "Product";
  static final String REGULATION = "Regulation";
  static final String VERSION = "Version";
  static final String SOURCE_REFERENCE = "Source reference";
  static final List<String> TEMPLATE_FIELDS =
      List.of(TITLE, PRODUCT, REGULATION, VERSION, SOURCE_REFERENCE);

  // ControlFamily: one row per control.
  static final String FAMILY = "Family";
  static final String FAMILY_TITLE = "Family title";
  static final String CONTROL = "Control";
  static final String CONTROL_TITLE = "Control title";
  static final String STATEMENT = "Statement";
  static final String GUIDANCE = "Guidance";
  static final String OBJECTIVES = "Assessment objectives";
  static final String SOURCE_ID = "Source id";
  static final String ACTIONS = "Actions";
  static final List<String> FAMILY_COLUMNS =
      List.of(
          FAMILY,
          FAMILY_TITLE,
          CONTROL,
          CONTROL_TITLE,
          STATEMENT,
          GUIDANCE,
          OBJECTIVES,
          SOURCE_ID,
          ACTIONS);
  static final List<String> FAMILY_REQUIRED =
      List.of(FAMILY, FAMILY_TITLE, CONTROL, CONTROL_TITLE, ACTIONS);

  // Actions: one row per improvement action.
  static final String ACTION = "Action";
  static final String DESCRIPTION = "Description";
  static final String HOW_TO_IMPLEMENT = "How to implement";
  static final String TYPE = "Implementation type";
  static final String PURPOSE = "Purpose";
  static final String ENFORCEMENT = "Enforcement";
  static final String OWNER = "Owner";
  static final String POINTS = "Points";
  static final String CATEGORY = "Category";
  static final String SOLUTION = "Solution";
  static final String CHECKS = "Checks";
  static final String CHECK_COMBINATION = "Check combination";
  static final List<String> ACTION_COLUMNS =
      List.of(
          ACTION,
          DESCRIPTION,
          HOW_TO_IMPLEMENT,
          TYPE,
          PURPOSE,
          ENFORCEMENT,
          OWNER,
          POINTS,
          CATEGORY,
          SOLUTION,
          CHECKS,
          CHECK_COMBINATION);
  static final List<String> ACTION_REQUIRED = List.of(ACTION, TYPE, PURPOSE, ENFORCEMENT, OWNER);

  // Dimensions: the values the Category and Solution columns of Actions may use.
  static final String DIMENSION = "Dimension";
  static final List<String> DIMENSIONS = List.of(CATEGORY, SOLUTION);

  /**
   * What separates the check ids in a Checks cell: line breaks (one per line, as controls list
   * their actions), commas or semicolons, as {@link
   * org.complyscore.action.entity.TestingLogic#of(String,
   * org.complyscore.action.entity.TestingCombination)} reads them.
   */
  static final Pattern CHECK_SEPARATORS = Pattern.compile("[\\r\\n,;]+");

  /** Rows below the header a sheet may have: ten times NIST's catalog, far below Excel's limit. */
  static final int MAX_ROWS = 20_000;

  /** An OSCAL token (NCName-like), as OSCAL's {@code id} flags are: ac-2.1. */
  static final Pattern SOURCE_ID_PATTERN = Pattern.compile("^[\\p{L}_][\\p{L}\\p{N}._-]*$");

  private ExcelTemplateFormat() {}

  /**
   * The constant {@code text} stands for: its label as the application shows it ("Preventive",
   * "Your organization") or its name ({@code PREVENTIVE}), in any case.
   */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    String wanted = text.strip();
    return Arrays.stream(type.getEnumConstants())
        .filter(c -> c.name().equalsIgnoreCase(wanted) || Labels.of(c).equalsIgnoreCase(wanted))
        .findFirst();
  }

  /** The labels of an enum's constants in words: "Preventive, Detective or Corrective". */
  static String allowed(Class<? extends Enum<?>> type) {
    return inWords(Arrays.stream(type.getEnumConstants()).map(Labels::of).toList(), "or");
  }

  /** "A, B and C" or "A, B or C". */
  static String inWords(List<String> items, String conjunction) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " "
        + conjunction
        + " "
        + items.get(items.size() - 1);
  }

  /** The name a column or field is known by, whatever its case and spacing in the workbook. */
  static Optional<String> canonical(String text, List<String> names) {
    String wanted = normalized(text);
    return names.stream().filter(name -> normalized(name).equals(wanted)).findFirst();
  }

  private static String normalized(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
