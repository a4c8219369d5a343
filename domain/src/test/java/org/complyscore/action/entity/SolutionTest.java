package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complyscore.shared.entity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Describing a solution (F30): its name, description and the address its "Open" link goes to. */
class SolutionTest {

  private final Solution solution = described();

  /** A solution with a name, a description and an address, so a refusal can show it kept them. */
  private static Solution described() {
    Solution solution = new Solution("Identity provider", null);
    solution.describe("Identity provider", "Single sign-on", "https://idp.example.org");
    return solution;
  }

  @Test
  void describeChangesNameDescriptionAndAddressStrippingEach() {
    solution.describe(
        "  Mail gateway \t", "\n Filters inbound mail  ", "  https://mail.example.org/admin ");

    assertThat(solution.getName()).isEqualTo("Mail gateway");
    assertThat(solution.getDescription()).contains("Filters inbound mail");
    assertThat(solution.getUrl()).contains("https://mail.example.org/admin");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void aNameIsRequired(String name) {
    assertRefused(() -> solution.describe(name, "Other", "https://other.example.org"), "name");
  }

  @Test
  void aNameHasAtMost150CharactersCountedAfterStripping() {
    String longest = "n".repeat(Solution.NAME_MAX);
    assertThat(longest).hasSize(150);

    solution.describe("  " + longest + "  ", null, null);
    assertThat(solution.getName()).isEqualTo(longest);

    Solution other = described();
    assertThatThrownBy(() -> other.describe(longest + "n", null, null))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("name"))
        .hasMessage("A solution's name has at most 150 characters.");
    assertUnchanged(other);
  }

  @Test
  void aDescriptionHasAtMost2000CharactersCountedAfterStripping() {
    String longest = "d".repeat(Solution.DESCRIPTION_MAX);
    assertThat(longest).hasSize(2_000);

    solution.describe("Identity provider", " " + longest + " ", null);
    assertThat(solution.getDescription()).contains(longest);

    Solution other = described();
    assertThatThrownBy(() -> other.describe("Renamed", longest + "d", "https://x.example.org"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("description"))
        .hasMessage("A solution's description has at most 2000 characters.");
    assertUnchanged(other);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\t"})
  void aBlankDescriptionRemovesIt(String description) {
    solution.describe("Identity provider", description, "https://idp.example.org");

    assertThat(solution.getDescription()).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\n\t"})
  void theAddressIsOptionalAndABlankOneRemovesIt(String url) {
    solution.describe("Identity provider", "Single sign-on", url);

    assertThat(solution.getUrl()).isEmpty();
    assertThat(solution.getName()).isEqualTo("Identity provider");
    assertThat(solution.getDescription()).contains("Single sign-on");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "idp.example.org",
        "/admin",
        "https://example.org/a b"
      })
  void anAddressThatIsNotAFullHttpOrHttpsOneIsRefusedNamingTheUrlField(String url) {
    assertRefused(() -> solution.describe("Renamed", "Changed", url), "url");
  }

  @Test
  void anAddressLongerThan2000CharactersIsRefused() {
    String prefix = "https://example.org/";
    String tooLong = prefix + "a".repeat(Solution.URL_MAX - prefix.length() + 1);

    assertRefused(() -> solution.describe("Renamed", "Changed", tooLong), "url");
  }

  @Test
  void theConstructorStripsTheNameAndNeedsOne() {
    assertThat(new Solution("  Endpoint management ", null).getName())
        .isEqualTo("Endpoint management");
    assertThatThrownBy(() -> new Solution(null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("A solution needs a name.");
  }

  private void assertRefused(Runnable describe, String field) {
    assertThatThrownBy(describe::run)
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo(field));
    assertUnchanged(solution);
  }

  private static void assertUnchanged(Solution solution) {
    assertThat(solution.getName()).isEqualTo("Identity provider");
    assertThat(solution.getDescription()).contains("Single sign-on");
    assertThat(solution.getUrl()).contains("https://idp.example.org");
  }
}
