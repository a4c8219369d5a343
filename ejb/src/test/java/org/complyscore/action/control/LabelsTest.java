package org.complyscore.action.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ChangeOrigin;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingSource;
import org.complyscore.assessment.entity.ControlStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelsTest {

  private static final List<Class<? extends Enum<?>>> LABELLED =
      List.of(
          ImplementationStatus.class,
          TestStatus.class,
          TestingSource.class,
          ImplementationType.class,
          Purpose.class,
          Enforcement.class,
          ActionOwner.class,
          TestingCombination.class,
          ChangeOrigin.class,
          ControlStatus.class);

  private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(Labels.BUNDLE, Locale.ROOT);

  static Stream<Enum<?>> constants() {
    return LABELLED.stream().flatMap(type -> Arrays.stream(type.getEnumConstants()));
  }

  @ParameterizedTest
  @MethodSource("constants")
  void everyConstantHasALabelInWords(Enum<?> constant) {
    assertThat(BUNDLE.containsKey(Labels.key(constant)))
        .as("labels.properties lacks %s", Labels.key(constant))
        .isTrue();
    assertThat(Labels.of(constant)).isNotBlank().isNotEqualTo(constant.name());
  }

  @Test
  void everyEnumLabelBelongsToAConstant() {
    Set<String> keys = constants().map(Labels::key).collect(Collectors.toSet());
    Set<String> types = LABELLED.stream().map(Class::getSimpleName).collect(Collectors.toSet());

    assertThat(BUNDLE.keySet())
        .filteredOn(key -> types.contains(key.substring(0, key.indexOf('.'))))
        .allSatisfy(key -> assertThat(keys).as("stale label").contains(key));
  }

  @ParameterizedTest
  @CsvSource({
    "ALTERNATIVE_IMPLEMENTATION, Alternative implementation",
    "NOT_IMPLEMENTED,            Not implemented",
    "OUT_OF_SCOPE,               Out of scope",
  })
  void labelsImplementationStatuses(ImplementationStatus status, String label) {
    assertThat(Labels.of(status)).isEqualTo(label);
  }

  @Test
  void labelsOwnersTestStatusesAndConstantsOfTheSameNameInOtherEnums() {
    assertThat(Labels.of(ActionOwner.ORGANIZATION)).isEqualTo("Your organization");
    assertThat(Labels.of(ActionOwner.PROVIDER)).isEqualTo("Service provider");
    assertThat(Labels.of(TestStatus.FAILED_MEDIUM_RISK)).isEqualTo("Failed (medium risk)");
    assertThat(Labels.of(TestStatus.OUT_OF_SCOPE)).isEqualTo("Out of scope");
    assertThat(Labels.of(TestingSource.PARENT)).isEqualTo("Parent action");
    assertThat(Labels.of(ChangeOrigin.AUTOMATION)).isEqualTo("Automated monitoring");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "implementationStatus",
        "implementationDate",
        "implementationNotes",
        "testStatus",
        "testDate",
        "testNotes",
        "additionalNotes",
        "assignee",
        "evidence",
        "testingSource",
        "parent"
      })
  void everyHistoryFieldHasALabel(String field) {
    assertThat(BUNDLE.containsKey("field." + field)).as("field.%s", field).isTrue();
    assertThat(Labels.field(field)).isNotBlank().isNotEqualTo(field);
  }

  @Test
  void showsAnUnknownFieldByItsKey() {
    assertThat(Labels.field("somethingNew")).isEqualTo("somethingNew");
    assertThat(Labels.field("testNotes")).isEqualTo("Test notes");
  }
}
