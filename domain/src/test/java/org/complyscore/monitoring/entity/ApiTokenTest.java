package org.complyscore.monitoring.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.Role;
import org.complyscore.shared.entity.InvalidInputException;
import org.junit.jupiter.api.Test;

class ApiTokenTest {

  private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  private static final String HASH = "a".repeat(64);

  private static ApiToken token(Instant expiresAt) {
    return ApiToken.issue(
        " scanner ", EnumSet.of(TokenScope.SIGNALS_WRITE), expiresAt, "owner", HASH, NOW);
  }

  @Test
  void isValidUntilItExpires() {
    ApiToken token = token(NOW.plus(Duration.ofDays(30)));

    assertThat(token.getName()).isEqualTo("scanner");
    assertThat(token.isValidAt(NOW)).isTrue();
    assertThat(token.isValidAt(NOW.plus(Duration.ofDays(30)).minusSeconds(1))).isTrue();
    assertThat(token.isValidAt(NOW.plus(Duration.ofDays(30)))).isFalse();
  }

  @Test
  void aRevokedTokenStaysRevokedFromTheFirstMoment() {
    ApiToken token = token(NOW.plus(Duration.ofDays(30)));

    token.revoke(NOW.plusSeconds(10));
    token.revoke(NOW.plusSeconds(20));

    assertThat(token.isValidAt(NOW.plusSeconds(11))).isFalse();
    assertThat(token.getRevokedAt()).contains(NOW.plusSeconds(10));
  }

  @Test
  void lastUseIsWrittenAtMostOnceAMinute() {
    ApiToken token = token(NOW.plus(Duration.ofDays(1)));

    assertThat(token.recordUse(NOW)).isTrue();
    assertThat(token.recordUse(NOW.plusSeconds(59))).isFalse();
    assertThat(token.recordUse(NOW.plusSeconds(60))).isTrue();
    assertThat(token.getLastUsedAt()).contains(NOW.plusSeconds(60));
  }

  @Test
  void refusesWhatMakesNoToken() {
    assertThatThrownBy(
            () -> ApiToken.issue(" ", Set.of(TokenScope.READ), NOW.plusSeconds(60), "o", HASH, NOW))
        .isInstanceOf(InvalidInputException.class)
        .extracting("field")
        .isEqualTo("name");
    assertThatThrownBy(() -> ApiToken.issue("n", Set.of(), NOW.plusSeconds(60), "o", HASH, NOW))
        .extracting("field")
        .isEqualTo("scopes");
    assertThatThrownBy(() -> ApiToken.issue("n", Set.of(TokenScope.READ), NOW, "o", HASH, NOW))
        .extracting("field")
        .isEqualTo("expiresAt");
    assertThatThrownBy(
            () ->
                ApiToken.issue(
                    "n", Set.of(TokenScope.READ), NOW.plus(Duration.ofDays(731)), "o", HASH, NOW))
        .hasMessageContaining("730 days");
  }

  @Test
  void scopesRoundTripAndGrantOnlyTheirPermission() {
    ApiToken token =
        ApiToken.issue(
            "both",
            EnumSet.of(TokenScope.READ, TokenScope.SIGNALS_WRITE),
            NOW.plusSeconds(60),
            "o",
            HASH,
            NOW);

    assertThat(token.getScopes())
        .containsExactlyInAnyOrder(TokenScope.READ, TokenScope.SIGNALS_WRITE);
    assertThat(TokenScope.SIGNALS_WRITE.permission()).isEqualTo(Permission.SUBMIT_SIGNALS);
    assertThat(TokenScope.ofKey("signals:write")).contains(TokenScope.SIGNALS_WRITE);
    assertThat(TokenScope.ofKey("admin")).isEmpty();
  }

  @Test
  void noPersonsRoleCanPostSignals() {
    for (Role role : Role.values()) {
      assertThat(role.grants(Permission.SUBMIT_SIGNALS)).as(role.name()).isFalse();
    }
  }
}
