package org.complyscore.shared.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one check of addresses people open from ComplyScore (evidence links, solutions): full http(s)
 * addresses only, and the field and noun the caller names end up in the refusal.
 */
class WebAddressTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n "})
  void aBlankAddressIsRefusedAsMissing(String address) {
    assertThatThrownBy(() -> WebAddress.checked("url", "solution", address))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"))
        .hasMessage("Enter the solution's address.");
  }

  @Test
  void theFieldAndNounAreTheCallers() {
    assertThatThrownBy(() -> WebAddress.checked("link", "link", "ftp://example.org/x"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("link"))
        .hasMessage(
            "A link must be a full http:// or https:// address, e.g. https://intranet/policy.");
  }

  @Test
  void anAddressHasAtMost2000CharactersCountedAfterStripping() {
    String prefix = "https://example.org/";
    String longest = prefix + "a".repeat(WebAddress.MAX - prefix.length());
    assertThat(longest).hasSize(2_000);

    assertThat(WebAddress.checked("url", "solution", "  " + longest + "\n")).isEqualTo(longest);
    assertThatThrownBy(() -> WebAddress.checked("url", "solution", longest + "a"))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"))
        .hasMessage("A solution's address has at most 2000 characters.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JAVASCRIPT:alert(document.cookie)",
        "javascript://example.org/%0Aalert(1)",
        "file:///etc/passwd",
        "file://server/share/policy.docx",
        "ftp://example.org/policy.pdf",
        "mailto:security@example.org",
        "data:text/html,hi",
        "intranet/policy",
        "/policies/access",
        "//example.org/policy",
        "example.org",
        "https:example.org/policy",
        "https:///policy"
      })
  void onlyAFullHttpOrHttpsAddressIsTaken(String address) {
    assertThatThrownBy(() -> WebAddress.checked("url", "solution", address))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"))
        .hasMessage(
            "A solution must be a full http:// or https:// address, e.g."
                + " https://intranet/policy.");
  }

  @Test
  void aMalformedAddressIsQuotedWithTheReason() {
    assertThatThrownBy(() -> WebAddress.checked("url", "solution", " https://example.org/a b "))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"))
        .hasMessageStartingWith("\"https://example.org/a b\" is not a valid address: ")
        .hasMessageEndingWith(".");
  }

  @Test
  void anHttpAddressIsTakenAsItIs() {
    assertThat(WebAddress.checked("url", "solution", "http://intranet/wiki?page=2#top"))
        .isEqualTo("http://intranet/wiki?page=2#top");
  }

  @Test
  void anHttpsAddressIsStrippedOfSurroundingBlanksAndKeepsItsCase() {
    assertThat(WebAddress.checked("url", "solution", " \t HTTPS://Idp.Example.ORG/Admin \n"))
        .isEqualTo("HTTPS://Idp.Example.ORG/Admin");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org",
        "http://intranet/x",
        "  HTTPS://Example.org/  ",
        "Http://10.0.0.7:8080/wiki"
      })
  void httpAndHttpsAddressesAreOpenable(String address) {
    assertThat(WebAddress.isOpenable(address)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "javascript:alert(1)",
        " JavaScript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org/x",
        "//example.org/x",
        "/relative/path",
        "https:example.org",
        "httpsx://example.org"
      })
  void anythingElseIsNotOpenable(String address) {
    assertThat(WebAddress.isOpenable(address)).isFalse();
  }
}
