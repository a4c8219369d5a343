package org.complyscore.template.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.complyscore.assessment.entity.TemplateSource;
import org.complyscore.template.boundary.TemplateRow;
import org.junit.jupiter.api.Test;

class TemplatesViewTest {

  private static TemplateRow row(long id, String title, String regulation, TemplateSource source) {
    return new TemplateRow(
        id, title, "Corporate IT", regulation, "5.1.1", source, null, 1, 20, 287, 287, 4585, 1, 0);
  }

  private static final List<TemplateRow> ROWS =
      List.of(
          row(
              1,
              "Data Protection Baseline",
              "NIST SP 800-53 Rev 5 MODERATE",
              TemplateSource.BUILT_IN),
          row(2, "NIST HIGH", "NIST SP 800-53 Rev 5 HIGH", TemplateSource.OSCAL),
          row(3, "Our policies", "Internal policy", TemplateSource.EXCEL));

  private static List<Long> ids(String regulation, TemplateSource source, String text) {
    return TemplatesView.filter(ROWS, regulation, source, text).stream()
        .map(TemplateRow::id)
        .toList();
  }

  @Test
  void noFilterKeepsEveryTemplate() {
    assertThat(ids(null, null, null)).containsExactly(1L, 2L, 3L);
    assertThat(ids(null, null, "  ")).containsExactly(1L, 2L, 3L);
  }

  @Test
  void eachGivenValueMustMatch() {
    assertThat(ids("NIST SP 800-53 Rev 5 HIGH", null, null)).containsExactly(2L);
    assertThat(ids(null, TemplateSource.EXCEL, null)).containsExactly(3L);
    assertThat(ids("NIST SP 800-53 Rev 5 HIGH", TemplateSource.EXCEL, null)).isEmpty();
  }

  @Test
  void theTextIsLookedForInTitleProductRegulationAndVersionWhateverItsCase() {
    assertThat(ids(null, null, "nist")).containsExactly(1L, 2L);
    assertThat(ids(null, null, "POLICY")).containsExactly(3L);
    assertThat(ids(null, null, "corporate")).containsExactly(1L, 2L, 3L);
    assertThat(ids(null, null, "5.1.1")).containsExactly(1L, 2L, 3L);
    assertThat(ids(null, null, "iso 27001")).isEmpty();
  }
}
