package org.complyscore.monitoring.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefusedTokenNotesTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

  @Test
  void notesTheFirstRefusalAndThenOnceAnHourPerToken() {
    RefusedTokenNotes notes = new RefusedTokenNotes();

    assertThat(notes.shouldNote(1, NOW)).isTrue();
    assertThat(notes.shouldNote(1, NOW.plusSeconds(60))).isFalse();
    assertThat(notes.shouldNote(2, NOW.plusSeconds(60))).as("another token").isTrue();
    assertThat(notes.shouldNote(1, NOW.plusSeconds(3599))).isFalse();
    assertThat(notes.shouldNote(1, NOW.plusSeconds(3600))).isTrue();
    assertThat(notes.shouldNote(1, NOW.plusSeconds(3700))).isFalse();
  }
}
