package org.complyscore.action.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingSource;

/**
 * What a person reads for an enum constant or a history field, from the resource bundle {@code
 * i18n/labels}: "Failed (medium risk)" rather than {@code FAILED_MEDIUM_RISK}.
 */
public final class Labels {

  static final String BUNDLE = "i18n.labels";

  private static final ResourceBundle LABELS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

  /** History fields whose values are stored as constant names. */
  private static final Map<String, Class<? extends Enum<?>>> ENUM_FIELDS =
      Map.of(
          "implementationStatus", ImplementationStatus.class,
          "testStatus", TestStatus.class,
          "testingSource", TestingSource.class);

  private Labels() {}

  /**
   * The label of {@code value}, under the key {@code <enum's simple name>.<constant>}. A constant
   * without one shows its name, so that an export never fails for a missing label; LabelsTest keeps
   * that from happening.
   */
  public static String of(Enum<?> value) {
    Objects.requireNonNull(value, "Only a constant has a label.");
    String key = key(value);
    return LABELS.containsKey(key) ? LABELS.getString(key) : value.name();
  }

  /** The label of a history field such as {@code testStatus}; an unknown field shows its key. */
  public static String field(String name) {
    String key = "field." + name;
    return LABELS.containsKey(key) ? LABELS.getString(key) : name;
  }

  /**
   * A recorded value of a history field in words: statuses and the testing source are stored as
   * constant names ({@code FAILED_MEDIUM_RISK}) and shown as the lists show them; any other value
   * as it was recorded.
   */
  public static String ofValue(String field, String value) {
    Class<? extends Enum<?>> type = field == null ? null : ENUM_FIELDS.get(field);
    if (type == null || value == null) {
      return value;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> constant.name().equals(value))
        .findFirst()
        .<String>map(Labels::of)
        .orElse(value);
  }

  static String key(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }
}
