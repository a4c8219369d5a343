package org.complyscore.score.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.complyscore.action.boundary.FilterOptions;
import org.complyscore.action.boundary.FilterOptions.Option;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.shared.entity.InvalidInputException;
import org.junit.jupiter.api.Test;

class ScoreFilterFormTest {

  private static final FilterOptions OPTIONS =
      new FilterOptions(
          List.of(new Option("NIST SP 800-53 Rev 5, HIGH", "NIST SP 800-53 Rev 5, HIGH")),
          List.of(new Option("7", "Identity")),
          List.of(new Option("3", "Default group")),
          List.of(new Option("11", "Control access")),
          List.of(new Option("42", "Baseline")),
          List.of());

  private static final ScoreFilter EVERYTHING =
      new ScoreFilter(
          Set.of("NIST SP 800-53 Rev 5, HIGH"),
          Set.of(7L),
          Set.of(ImplementationType.TECHNICAL),
          Set.of(Purpose.DETECTIVE),
          Set.of(3L),
          Set.of(11L),
          Set.of(42L),
          Set.of(ActionOwner.ORGANIZATION));

  @Test
  void aFilterShownInThePaneMeansTheSameFilter() {
    assertThat(ScoreFilterForm.of(EVERYTHING, OPTIONS).toFilter()).isEqualTo(EVERYTHING);
    assertThat(ScoreFilterForm.of(ScoreFilter.NONE, OPTIONS).toFilter())
        .isEqualTo(ScoreFilter.NONE);
  }

  @Test
  void valuesTheOptionsNoLongerHoldAreLeftOut() {
    ScoreFilter withDeleted =
        ScoreFilter.NONE.withAssessments(Set.of(42L, 99L)).withCategories(Set.of(12L));

    assertThat(ScoreFilterForm.of(withDeleted, OPTIONS).toFilter())
        .isEqualTo(ScoreFilter.NONE.withAssessments(Set.of(42L)));
  }

  @Test
  void chipsNameEachValueAsItsMenuShowsIt() {
    List<ScoreFilterForm.Chip> chips =
        ScoreFilterForm.of(EVERYTHING, OPTIONS).chips(OPTIONS, e -> "label of " + e.name());

    assertThat(chips)
        .extracting(c -> c.parameter() + "=" + c.label())
        .containsExactly(
            "regulation=NIST SP 800-53 Rev 5, HIGH",
            "solution=Identity",
            "type=label of TECHNICAL",
            "purpose=label of DETECTIVE",
            "group=Default group",
            "category=Control access",
            "assessment=Baseline",
            "owner=label of ORGANIZATION");
  }

  @Test
  void removingAChipTakesOffJustThatValue() {
    ScoreFilterForm form = ScoreFilterForm.of(EVERYTHING, OPTIONS);
    form.remove(new ScoreFilterForm.Chip("category", "11", "Control access"));

    assertThat(form.toFilter()).isEqualTo(EVERYTHING.withCategories(Set.of()));
    form.clear();
    assertThat(form.isEmpty()).isTrue();
    assertThat(form.toFilter()).isEqualTo(ScoreFilter.NONE);
  }

  @Test
  void aForgedValueIsRefusedNamingItsMenu() {
    ScoreFilterForm form = new ScoreFilterForm();
    form.setTypes(List.of("MAGICAL"));

    assertThatThrownBy(form::toFilter)
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("MAGICAL");
    form.setTypes(List.of());
    form.setAssessments(List.of("abc"));
    assertThatThrownBy(form::toFilter)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).getField()).isEqualTo("assessment"));
  }
}
