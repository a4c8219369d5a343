package org.complyscore.assessment.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ControlTest {

  @ParameterizedTest
  @CsvSource(
      nullValues = "NULL",
      value = {
        "ac-2.1, AC-2(1), ac-2.1",
        "NULL,   AC-2(1), ac-2.1",
        "NULL,   AC-2,    ac-2",
        "NULL,   A.5.1,   a.5.1",
        "NULL,   Art 32,  art-32",
        "NULL,   5.1,     c-5.1",
        "NULL,   '',      c-"
      })
  void theSourceIdIsTheStoredOneOrATokenMadeFromTheKey(String stored, String key, String expected) {
    assertThat(Control.sourceIdOf(stored, key)).isEqualTo(expected);
  }
}
