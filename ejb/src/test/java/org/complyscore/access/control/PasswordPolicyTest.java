package org.complyscore.access.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
    // Varied characters: a single character repeated is refused for another reason.
    String password = "abcdefghij".repeat(26).substring(0, length);

    assertThat(PasswordPolicy.problemWith(password).isPresent()).isEqualTo(length > 256);
  }

  @ParameterizedTest
  @ValueSource(strings = {"äöüäöüäöüäöü", "🔒🔑🔒🔑🔒🔑🔒🔑🔒🔑🔒🔑"})
  void countsCharactersNotBytes(String twelveCharacters) {
    assertThat(PasswordPolicy.problemWith(twelveCharacters)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "Password1234",
        " 123456789012 ",
        "qwertyuiop123",
        "aaaaaaaaaaaaaaa"
      })
  void refusesLongPasswordsEverybodyUses(String common) {
    assertThat(PasswordPolicy.problemWith(common))
        .contains("This password is one of the most used ones and easy to guess: choose another.");
  }

  @Test
  void acceptsALongPasswordThatIsNotCommon() {
    assertThat(PasswordPolicy.problemWith("staple horse correct battery")).isEmpty();
  }
}
