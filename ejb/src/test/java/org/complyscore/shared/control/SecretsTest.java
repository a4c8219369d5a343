package org.complyscore.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

  @Test
  void generatesPasswordsOfTheAskedLengthFromTheUnambiguousAlphabet() {
    String password = Secrets.randomPassword(24);

    assertThat(password).hasSize(24);
    assertThat(password.chars()).allMatch(c -> Secrets.PASSWORD_ALPHABET.indexOf(c) >= 0);
    assertThat(password).doesNotContainAnyWhitespaces().doesNotContain("0", "O", "1", "l", "I");
  }

  @Test
  void neverRepeatsItself() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(Secrets.randomPassword(12))).isTrue();
    }
  }

  @Test
  void usesEveryLetterOfItsAlphabet() {
    Set<Character> used = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Secrets.randomPassword(24).chars().forEach(c -> used.add((char) c));
    }
    assertThat(used).hasSize(Secrets.PASSWORD_ALPHABET.length());
  }

  @Test
  void refusesToGenerateShortPasswords() {
    assertThatIllegalArgumentException().isThrownBy(() -> Secrets.randomPassword(11));
  }
}
