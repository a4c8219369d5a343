package org.complyscore.template.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplatesResourceTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "NIST SP 800-53 Rev 5 HIGH (2024)|NIST SP 800-53 Rev 5 HIGH (2024).xlsx",
        "Datenschutz: Grundsätze/Richtlinien|Datenschutz- Grundsätze-Richtlinien.xlsx",
        "../../etc/passwd|etc-passwd.xlsx",
        "a\"b\\c|a-b-c.xlsx",
        "   |template-7.xlsx",
        "***|template-7.xlsx",
      })
  void aTitleBecomesAFileNameWithoutPathsOrQuotes(String title, String expected) {
    assertThat(TemplatesResource.fileName(title, 7)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"200", "101"})
  void longTitlesAreCut(int length) {
    assertThat(TemplatesResource.fileName("x".repeat(length), 7)).hasSize(100 + ".xlsx".length());
  }
}
