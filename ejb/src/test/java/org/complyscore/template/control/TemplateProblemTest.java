package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateProblemTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Actions | 7 | D | Actions, row 7, column D: Wrong.",
        "Actions | 1 | '' | Actions, row 1: Wrong.",
        "Actions | 0 | '' | Actions: Wrong.",
        "'' | 0 | '' | Wrong."
      })
  void saysWhereAndWhatInOneLine(String sheet, int row, String column, String described) {
    TemplateProblem problem = new TemplateProblem(sheet, row, column, "Wrong.");

    assertThat(problem.describe()).isEqualTo(described);
    assertThat(problem).hasToString(described);
  }

  @Test
  void aSingleProblemIsTheWholeMessage() {
    TemplateFileException refused =
        new TemplateFileException(List.of(TemplateProblem.ofSheet("Dimensions", "It is gone.")));

    assertThat(refused.getMessage())
        .isEqualTo("The template cannot be imported: Dimensions: It is gone.");
    assertThat(refused.problems()).hasSize(1);
  }

  @Test
  void aRefusalNamesAtLeastOneProblem() {
    assertThatThrownBy(() -> new TemplateFileException(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
