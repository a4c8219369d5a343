package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.User;
import org.complyscore.shared.entity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Evidence files and links (F25), and which addresses a link may have. */
class EvidenceTest {

  private static final String SHA256 = "0123456789abcdef".repeat(4);

  private final User jane = new User("jane", "Jane Doe", Role.ASSESSOR, "hash");
  private final ActionState state =
      ActionStateParentTest.state("Evidence owner", ActionOwner.ORGANIZATION);

  @Test
  void aFileKeepsItsDescriptionAndWhoAddedIt() {
    Evidence file = Evidence.file(state, "policy.pdf", "application/pdf", 1_234, SHA256, jane);

    assertThat(file.getKind()).isEqualTo(EvidenceKind.FILE);
    assertThat(file.isFile()).isTrue();
    assertThat(file.getName()).isEqualTo("policy.pdf");
    assertThat(file.getContentType()).contains("application/pdf");
    assertThat(file.getSizeBytes()).contains(1_234L);
    assertThat(file.getSha256()).contains(SHA256);
    assertThat(file.getUrl()).isEmpty();
    assertThat(file.getState()).isSameAs(state);
    assertThat(file.getAddedBy()).isSameAs(jane);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://intranet/policy",
        "https://example.org/policy?v=2#top",
        "HTTPS://Example.ORG/Policy",
        "Http://10.0.0.7:8080/wiki",
        "https://[2001:db8::7]/x"
      })
  void aLinkTakesAnyHttpOrHttpsAddressWhateverTheCaseOfTheScheme(String address) {
    Evidence link = Evidence.link(state, "Policy", address, jane);

    assertThat(link.getKind()).isEqualTo(EvidenceKind.LINK);
    assertThat(link.isFile()).isFalse();
    assertThat(link.getUrl()).contains(address);
    assertThat(link.getName()).isEqualTo("Policy");
    assertThat(link.getContentType()).isEmpty();
    assertThat(link.getSizeBytes()).isEmpty();
    assertThat(link.getSha256()).isEmpty();
    assertThat(link.getAddedBy()).isSameAs(jane);
  }

  @Test
  void aLinkIsStrippedOfSurroundingWhitespace() {
    Evidence link =
        Evidence.link(state, "  Access policy \t", " \n https://example.org/policy  ", jane);

    assertThat(link.getUrl()).contains("https://example.org/policy");
    assertThat(link.getName()).isEqualTo("Access policy");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t\n"})
  void aLinkWithoutTitleShowsItsAddress(String title) {
    Evidence link = Evidence.link(state, title, "  https://example.org/policy ", jane);

    assertThat(link.getName()).isEqualTo("https://example.org/policy");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(document.cookie)",
        "JavaScript://example.org/%0Aalert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "file:///etc/passwd",
        "file://server/share/policy.docx",
        "ftp://example.org/policy.pdf",
        "mailto:security@example.org",
        "intranet/x",
        "/policies/access",
        "//example.org/policy",
        "https:example.org/policy",
        "https://",
        "https:///policy",
        "https://exa mple.org/",
        "https://example.org/a b",
        "http://[::1/",
        "https://example.org/%zz",
        "   ",
        ""
      })
  void aLinkRefusesEverythingButAFullHttpOrHttpsAddress(String address) {
    assertThatThrownBy(() -> Evidence.link(state, "Policy", address, jane))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"));
  }

  @Test
  void aLinkNeedsAnAddress() {
    assertThatThrownBy(() -> Evidence.link(state, "Policy", null, jane))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"))
        .hasMessage("Enter the link's address.");
  }

  @Test
  void aMalformedAddressIsNamedInTheMessage() {
    assertThatThrownBy(() -> Evidence.link(state, "Policy", "https://example.org/a b", jane))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"))
        .hasMessageStartingWith("\"https://example.org/a b\" is not a valid address");
  }

  @Test
  void anAddressHasAtMost2000Characters() {
    String prefix = "https://example.org/";
    String longest = prefix + "a".repeat(Evidence.URL_MAX - prefix.length());
    assertThat(longest).hasSize(2_000);

    assertThat(Evidence.link(state, "Long", longest, jane).getUrl()).contains(longest);
    assertThatThrownBy(() -> Evidence.link(state, "Long", longest + "a", jane))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("url"))
        .hasMessageContaining("2000");
  }

  @Test
  void aTitleHasAtMost255Characters() {
    String longest = "t".repeat(Evidence.NAME_MAX);
    assertThat(longest).hasSize(255);

    assertThat(Evidence.link(state, longest, "https://example.org", jane).getName())
        .isEqualTo(longest);
    // Counted after stripping.
    assertThat(Evidence.link(state, " " + longest + " ", "https://example.org", jane).getName())
        .isEqualTo(longest);
    assertThatThrownBy(() -> Evidence.link(state, longest + "t", "https://example.org", jane))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.getField()).isEqualTo("title"))
        .hasMessageContaining("255");
  }

  @Test
  void aProviderActionTakesNeitherFilesNorLinks() {
    ActionState provided = ActionStateParentTest.state("Provider backup", ActionOwner.PROVIDER);

    assertThatThrownBy(() -> Evidence.file(provided, "a.pdf", "application/pdf", 1, SHA256, jane))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("service provider");
    assertThatThrownBy(() -> Evidence.link(provided, "Policy", "https://example.org", jane))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("service provider");
  }

  @Test
  void aStateFollowingAParentTakesNeitherFilesNorLinks() {
    ActionState parent = ActionStateParentTest.state("Evidence parent", ActionOwner.ORGANIZATION);
    state.followParent(parent);

    assertThatThrownBy(() -> Evidence.file(state, "a.pdf", "application/pdf", 1, SHA256, jane))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("\"Evidence parent\"");
    assertThatThrownBy(() -> Evidence.link(state, "Policy", "https://example.org", jane))
        .isInstanceOf(IllegalStatusChangeException.class)
        .hasMessageContaining("\"Evidence parent\"");

    assertThat(Evidence.link(parent, "Policy", "https://example.org", jane).getState())
        .isSameAs(parent);
  }

  @Test
  void evidenceNeedsThePersonWhoAddsIt() {
    assertThatThrownBy(() -> Evidence.link(state, "Policy", "https://example.org", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("Evidence needs the person who adds it.");
  }
}
