package org.complyscore.score.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.shared.entity.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The score filter a person keeps (F14), written as the action list's query parameters. */
class SavedScoreFilterTest {

  private final User jane = new User("jane", "Jane Doe", Role.READER, "hash");

  @Test
  void keepsTheQueryAndItsPerson() {
    SavedScoreFilter saved = new SavedScoreFilter(jane, "category=7&owner=PROVIDER");

    assertThat(saved.getQuery()).isEqualTo("category=7&owner=PROVIDER");
    assertThat(saved.getUser()).isSameAs(jane);
  }

  @Test
  void noQueryIsTheFilterThatKeepsEverything() {
    assertThat(new SavedScoreFilter(jane, null).getQuery()).isEmpty();

    SavedScoreFilter saved = new SavedScoreFilter(jane, "category=7");
    saved.replace(null);
    assertThat(saved.getQuery()).isEmpty();
  }

  @Test
  void aQueryHasAtMost4000Characters() {
    String longest = "q".repeat(SavedScoreFilter.QUERY_MAX);
    assertThat(longest).hasSize(4_000);
    SavedScoreFilter saved = new SavedScoreFilter(jane, longest);
    assertThat(saved.getQuery()).isEqualTo(longest);

    saved.replace("solution=3");
    assertThatThrownBy(() -> saved.replace(longest + "q"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("filter"))
        .hasMessage("This filter is too long to keep; choose fewer values.");
    assertThat(saved.getQuery()).isEqualTo("solution=3");
    assertThatThrownBy(() -> new SavedScoreFilter(jane, longest + "q"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void needsItsPerson() {
    assertThatThrownBy(() -> new SavedScoreFilter(null, ""))
        .isInstanceOf(NullPointerException.class);
  }
}
