package org.complyscore.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void asksForAPasswordWhenThereIsNone(String password) {
    assertThat(PasswordPolicy.problemWith(password)).contains("Enter a password.");
  }

  @ParameterizedTest
  @CsvSource({
    "short,                 A password needs at least 12 characters.",
    "elevenchars,           A password needs at least 12 characters.",
    "twelve-chars,          ''",
    "a long and memorable passphrase, ''",
  })
  void needsTwelveCharactersAtLeast(String password, String problem) {
    assertThat(PasswordPolicy.problemWith(password).orElse("")).isEqualTo(problem);
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 257})
  void refusesPasswordsLongerThan256Characters(int length) {
    String password = "x".repeat(length);

    assertThat(PasswordPolicy.problemWith(password).isPresent()).isEqualTo(length > 256);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ääääääääääää", "🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒"})
  void countsCharactersNotBytes(String twelveCharacters) {
    assertThat(PasswordPolicy.problemWith(twelveCharacters)).isEmpty();
  }
}
