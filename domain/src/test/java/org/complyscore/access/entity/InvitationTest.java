package org.complyscore.access.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class InvitationTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Instant EXPIRY = NOW.plus(WEEK);

  private final User admin = new User("admin", "Admin", Role.ADMINISTRATOR, "hash");
  private final User jane = new User("jane", "Jane", Role.CONTRIBUTOR, "hash");
  private final Invitation invitation =
      new Invitation("jane@example.org", Role.CONTRIBUTOR, admin, "token-1", NOW, WEEK);

  @Test
  void aNewInvitationIsPendingAndOpenForItsValidityPeriod() {
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.PENDING);
    assertThat(invitation.getRole()).isEqualTo(Role.CONTRIBUTOR);
    assertThat(invitation.getInvitedBy()).isSameAs(admin);
    assertThat(invitation.getExpiresAt()).isEqualTo(EXPIRY);
    assertThat(invitation.getAcceptedUser()).isEmpty();
    assertThat(invitation.getEndedAt()).isEmpty();
    assertThat(invitation.isOpen(NOW)).isTrue();
    assertThat(invitation).extracting("tokenHash").isEqualTo("token-1");
  }

  @ParameterizedTest(name = "{0} after sending: open {1}, expired {2}")
  @CsvSource({
    "PT0S,                     true,  false",
    "PT167H59M59.999999999S,   true,  false", // the last nanosecond before the expiry
    "PT168H,                   false, true", // the exact instant of the expiry
    "PT168H0.000000001S,       false, true",
    "P30D,                     false, true",
  })
  void isOpenBeforeItsExpiryAndExpiredFromTheExactInstantOn(
      Duration afterSending, boolean open, boolean expired) {
    Instant at = NOW.plus(afterSending);

    assertThat(invitation.isOpen(at)).isEqualTo(open);
    assertThat(invitation.isExpired(at)).isEqualTo(expired);
  }

  @Test
  void acceptingEndsTheInvitationForTheNewUser() {
    Instant acceptedAt = NOW.plus(Duration.ofDays(2));

    invitation.accept(jane, acceptedAt);

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(invitation.getEndedAt()).contains(acceptedAt);
    assertThat(invitation.getAcceptedUser()).containsSame(jane);
    assertThat(invitation.isOpen(acceptedAt)).isFalse();
    // Expiry is a matter of pending invitations only: an accepted one never becomes expired.
    assertThat(invitation.isExpired(EXPIRY)).isFalse();
  }

  @Test
  void anAcceptedInvitationCannotBeAcceptedAgain() {
    Instant acceptedAt = NOW.plus(Duration.ofDays(2));
    invitation.accept(jane, acceptedAt);
    User other = new User("other", "Other", Role.READER, "hash");

    assertThatIllegalStateException()
        .isThrownBy(() -> invitation.accept(other, acceptedAt.plusSeconds(1)))
        .withMessage("Only an open invitation can be accepted.");
    assertThat(invitation.getAcceptedUser()).containsSame(jane);
    assertThat(invitation.getEndedAt()).contains(acceptedAt);
  }

  @ParameterizedTest
  @CsvSource({"PT168H", "PT168H1S", "P30D"})
  void anExpiredInvitationCannotBeAccepted(Duration afterSending) {
    assertThatIllegalStateException()
        .isThrownBy(() -> invitation.accept(jane, NOW.plus(afterSending)))
        .withMessage("Only an open invitation can be accepted.");
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.PENDING);
    assertThat(invitation.getAcceptedUser()).isEmpty();
    assertThat(invitation.getEndedAt()).isEmpty();
  }

  @Test
  void acceptingNeedsTheNewUser() {
    assertThatNullPointerException().isThrownBy(() -> invitation.accept(null, NOW));
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.PENDING);
  }

  @Test
  void revokingEndsTheInvitationSoThatItsLinkNoLongerWorks() {
    Instant revokedAt = NOW.plus(Duration.ofHours(1));

    invitation.revoke(revokedAt);

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.REVOKED);
    assertThat(invitation.getEndedAt()).contains(revokedAt);
    assertThat(invitation.isOpen(revokedAt)).isFalse();
    assertThat(invitation.isExpired(EXPIRY)).isFalse();
    assertThatIllegalStateException().isThrownBy(() -> invitation.accept(jane, revokedAt));
    assertThat(invitation.getAcceptedUser()).isEmpty();
  }

  @Test
  void anExpiredButPendingInvitationCanStillBeRevoked() {
    invitation.revoke(EXPIRY.plusSeconds(1));

    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.REVOKED);
  }

  @Test
  void anAcceptedInvitationCannotBeRevoked() {
    Instant acceptedAt = NOW.plusSeconds(60);
    invitation.accept(jane, acceptedAt);

    assertThatIllegalStateException()
        .isThrownBy(() -> invitation.revoke(acceptedAt.plusSeconds(60)))
        .withMessage("Only a pending invitation can be revoked.");
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.ACCEPTED);
    assertThat(invitation.getEndedAt()).contains(acceptedAt);
  }

  @Test
  void aRevokedInvitationCannotBeRevokedAgain() {
    invitation.revoke(NOW);

    assertThatIllegalStateException()
        .isThrownBy(() -> invitation.revoke(NOW.plusSeconds(1)))
        .withMessage("Only a pending invitation can be revoked.");
    assertThat(invitation.getEndedAt()).contains(NOW);
  }

  @Test
  void renewingReplacesTheTokenAndStartsANewValidityPeriod() {
    Instant resentAt = NOW.plus(Duration.ofDays(10)); // after the first expiry
    assertThat(invitation.isExpired(resentAt)).isTrue();

    invitation.renew("token-2", resentAt, Duration.ofDays(3));

    assertThat(invitation).extracting("tokenHash").isEqualTo("token-2");
    assertThat(invitation.getExpiresAt()).isEqualTo(resentAt.plus(Duration.ofDays(3)));
    assertThat(invitation.isOpen(resentAt)).isTrue();
    assertThat(invitation.isExpired(resentAt)).isFalse();
    assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.PENDING);
    assertThat(invitation.getEndedAt()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = InvitationStatus.class,
      names = {"ACCEPTED", "REVOKED"})
  void onlyAPendingInvitationCanBeRenewed(InvitationStatus ended) {
    if (ended == InvitationStatus.ACCEPTED) {
      invitation.accept(jane, NOW);
    } else {
      invitation.revoke(NOW);
    }

    assertThatIllegalStateException()
        .isThrownBy(() -> invitation.renew("token-2", NOW.plusSeconds(1), WEEK))
        .withMessage("Only a pending invitation can be sent again.");
    assertThat(invitation).extracting("tokenHash").isEqualTo("token-1");
    assertThat(invitation.getExpiresAt()).isEqualTo(EXPIRY);
    assertThat(invitation.getStatus()).isEqualTo(ended);
  }

  @Test
  void renewingNeedsATokenHash() {
    assertThatNullPointerException()
        .isThrownBy(() -> invitation.renew(null, NOW, WEEK))
        .withMessage("A token hash is required.");
    assertThat(invitation).extracting("tokenHash").isEqualTo("token-1");
  }

  @ParameterizedTest
  @CsvSource({
    "jane@example.org,              jane@example.org",
    "Jane.Doe@Example.ORG,          jane.doe@example.org",
    "'  JANE@EXAMPLE.ORG\t',        jane@example.org",
    "' \t bob+test@Example.org  ',  bob+test@example.org",
  })
  void keepsTheEmailAddressInLowerCaseWithoutBlanks(String typed, String stored) {
    Invitation invited = new Invitation(typed, Role.READER, admin, "token", NOW, WEEK);

    assertThat(invited.getEmail()).isEqualTo(stored);
  }

  @Test
  void refusesToBeCreatedWithoutItsEssentials() {
    assertThatNullPointerException()
        .isThrownBy(() -> new Invitation(null, Role.READER, admin, "token", NOW, WEEK))
        .withMessage("An e-mail address is required.");
    assertThatNullPointerException()
        .isThrownBy(() -> new Invitation("jane@example.org", null, admin, "token", NOW, WEEK))
        .withMessage("A role is required.");
    assertThatNullPointerException()
        .isThrownBy(() -> new Invitation("jane@example.org", Role.READER, null, "token", NOW, WEEK))
        .withMessage("The inviting user is required.");
    assertThatNullPointerException()
        .isThrownBy(() -> new Invitation("jane@example.org", Role.READER, admin, null, NOW, WEEK))
        .withMessage("A token hash is required.");
  }
}
