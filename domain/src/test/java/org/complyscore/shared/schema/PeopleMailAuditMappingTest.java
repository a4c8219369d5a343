package org.complyscore.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complyscore.access.entity.Invitation;
import org.complyscore.access.entity.InvitationStatus;
import org.complyscore.access.entity.Role;
import org.complyscore.access.entity.SignInThrottle;
import org.complyscore.access.entity.User;
import org.complyscore.audit.entity.AuditEvent;
import org.complyscore.audit.entity.AuditEventType;
import org.complyscore.mail.entity.OutboxMail;
import org.complyscore.mail.entity.OutboxMail.RetryPolicy;
import org.complyscore.mail.entity.OutboxMailStatus;
import org.complyscore.shared.entity.BaseEntity;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invitations, sign-in throttles, the mail outbox and the audit log against the schema of the
 * migrations, on H2 and (with {@code -Ppostgresql}) on PostgreSQL.
 */
class PeopleMailAuditMappingTest {

  /** With microseconds, the precision both databases keep. */
  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123456Z");

  private static final Duration WEEK = Duration.ofDays(7);
  private static final RetryPolicy POLICY =
      new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(10));

  private static TestPersistence persistence;

  @BeforeAll
  static void open() {
    persistence = TestPersistence.open("people");
  }

  @AfterAll
  static void close() {
    persistence.close();
  }

  /** The queries below look at whole tables: each test starts with them empty. */
  @BeforeEach
  void emptyTheTables() {
    persistence.inTransactionDo(
        em -> {
          for (String entity :
              List.of("Invitation", "SignInThrottle", "OutboxMail", "AuditEvent", "User")) {
            em.createQuery("delete from " + entity).executeUpdate();
          }
        });
  }

  @Test
  void storesAPendingInvitationWithTheUserWhoSentIt() {
    User admin = persisted(new User("mapping.admin", "Admin", Role.ADMINISTRATOR, "hash"));
    Invitation sent =
        persistence.inTransaction(
            em -> {
              User by = em.find(User.class, admin.getId());
              Invitation invitation =
                  new Invitation(" Jane@Example.ORG ", Role.ASSESSOR, by, token('a'), NOW, WEEK);
              em.persist(invitation);
              return invitation;
            });

    persistence.inTransactionDo(
        em -> {
          Invitation found = em.find(Invitation.class, sent.getId());
          assertThat(found.getEmail()).isEqualTo("jane@example.org");
          assertThat(found.getRole()).isEqualTo(Role.ASSESSOR);
          assertThat(found.getStatus()).isEqualTo(InvitationStatus.PENDING);
          assertThat(found.getExpiresAt()).isEqualTo(NOW.plus(WEEK));
          assertThat(found).extracting("tokenHash").isEqualTo(token('a'));
          assertThat(found.getInvitedBy().getId()).isEqualTo(admin.getId());
          assertThat(found.getInvitedBy().getUsername()).isEqualTo("mapping.admin");
          assertThat(found.getAcceptedUser()).isEmpty();
          assertThat(found.getEndedAt()).isEmpty();
          assertThat(found.getCreatedAt()).isEqualTo(sent.getCreatedAt());
          assertThat(found.isOpen(NOW)).isTrue();
        });
  }

  @Test
  void storesAnAcceptedInvitationWithTheUserWhoAcceptedIt() {
    User admin = persisted(new User("mapping.admin", "Admin", Role.ADMINISTRATOR, "hash"));
    Invitation sent = invite(admin, "jane@example.org", 'a', NOW);
    Instant acceptedAt = NOW.plus(Duration.ofHours(5));

    User jane =
        persistence.inTransaction(
            em -> {
              User newUser = new User("jane", "Jane", Role.READER, "hash");
              em.persist(newUser);
              em.find(Invitation.class, sent.getId()).accept(newUser, acceptedAt);
              return newUser;
            });

    persistence.inTransactionDo(
        em -> {
          Invitation found = em.find(Invitation.class, sent.getId());
          assertThat(found.getStatus()).isEqualTo(InvitationStatus.ACCEPTED);
          assertThat(found.getEndedAt()).contains(acceptedAt);
          assertThat(found.getAcceptedUser()).map(User::getId).contains(jane.getId());
          assertThat(found.getVersion()).isEqualTo(sent.getVersion() + 1);
        });
  }

  @Test
  void findsAnInvitationByTheHashOfItsCurrentTokenOnly() {
    User admin = persisted(new User("mapping.admin", "Admin", Role.ADMINISTRATOR, "hash"));
    Invitation sent = invite(admin, "jane@example.org", 'a', NOW);
    Invitation other = invite(admin, "bob@example.org", 'c', NOW);
    persistence.inTransactionDo(em -> em.find(Invitation.class, other.getId()).revoke(NOW));
    assertThat(byTokenHash(token('a'))).map(BaseEntity::getId).containsExactly(sent.getId());

    persistence.inTransactionDo(
        em -> em.find(Invitation.class, sent.getId()).renew(token('b'), NOW.plusSeconds(60), WEEK));

    assertThat(byTokenHash(token('a'))).isEmpty();
    assertThat(byTokenHash(token('b'))).map(BaseEntity::getId).containsExactly(sent.getId());
  }

  @Test
  void findsThePendingInvitationsNewestFirstAndThoseOfOneAddress() {
    User admin = persisted(new User("mapping.admin", "Admin", Role.ADMINISTRATOR, "hash"));
    User jane = persisted(new User("jane", "Jane", Role.READER, "hash"));
    // Each in a transaction of its own, so that each is created after the one before.
    Invitation janePending = invite(admin, "jane@example.org", 'a', NOW);
    Invitation bobPending = invite(admin, "bob@example.org", 'b', NOW);
    Invitation janeAccepted = invite(admin, "jane@example.org", 'c', NOW);
    Invitation janeRevoked = invite(admin, "jane@example.org", 'd', NOW);
    Invitation carolExpired =
        invite(admin, "carol@example.org", 'e', NOW.minus(WEEK.multipliedBy(2)));
    persistence.inTransactionDo(
        em -> {
          em.find(Invitation.class, janeAccepted.getId())
              .accept(em.find(User.class, jane.getId()), NOW);
          em.find(Invitation.class, janeRevoked.getId()).revoke(NOW);
        });

    List<Invitation> pending =
        persistence.inTransaction(
            em -> em.createNamedQuery(Invitation.FIND_PENDING, Invitation.class).getResultList());
    // Expiry follows from the time, not from the status: the expired one is still pending.
    assertThat(pending)
        .map(BaseEntity::getId)
        .containsExactly(carolExpired.getId(), bobPending.getId(), janePending.getId());
    assertThat(pending)
        .allSatisfy(i -> assertThat(i.getInvitedBy().getUsername()).isEqualTo("mapping.admin"));

    assertThat(pendingFor("jane@example.org"))
        .map(BaseEntity::getId)
        .containsExactly(janePending.getId());
    assertThat(pendingFor("bob@example.org"))
        .map(BaseEntity::getId)
        .containsExactly(bobPending.getId());
    assertThat(pendingFor("nobody@example.org")).isEmpty();
  }

  @Test
  void theDatabaseRefusesASecondInvitationWithTheSameTokenHash() {
    User admin = persisted(new User("mapping.admin", "Admin", Role.ADMINISTRATOR, "hash"));
    invite(admin, "jane@example.org", 'a', NOW);
    invite(admin, "bob@example.org", 'b', NOW);

    assertThatThrownBy(() -> invite(admin, "carol@example.org", 'a', NOW))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("uq_invitation_token");
    assertThat(byTokenHash(token('a')))
        .singleElement()
        .extracting(Invitation::getEmail)
        .isEqualTo("jane@example.org");
  }

  @Test
  void storesTheFailuresAndTheWindowOfALoginAndFindsItByLogin() {
    SignInThrottle throttle = new SignInThrottle(" Jane ", NOW);
    for (int minute = 0; minute < 4; minute++) {
      throttle.recordFailure(NOW.plus(Duration.ofMinutes(minute)));
    }
    persisted(throttle);
    // The last microsecond of the window: locks only if its start came back to the microsecond.
    Instant fifth = NOW.plus(SignInThrottle.WINDOW).minusNanos(1_000);

    persistence.inTransactionDo(
        em -> {
          SignInThrottle found = byLogin(em, "jane").orElseThrow();
          assertThat(found.getFailures()).isEqualTo(4);
          assertThat(found.getLockedUntil()).isNull();
          assertThat(found).extracting("windowStart").isEqualTo(NOW);
          found.recordFailure(fifth);
        });

    persistence.inTransactionDo(
        em -> {
          SignInThrottle found = byLogin(em, "jane").orElseThrow();
          assertThat(found.getId()).isEqualTo(throttle.getId());
          assertThat(found.getLogin()).isEqualTo("jane");
          assertThat(found.getLockedUntil()).isEqualTo(fifth.plus(SignInThrottle.LOCK));
          assertThat(found.isLocked(fifth)).isTrue();
          assertThat(found.getFailures()).isZero();
          assertThat(found).extracting("windowStart").isEqualTo(fifth);
          assertThat(byLogin(em, "bob")).isEmpty();
        });
  }

  @Test
  void deletesTheThrottlesUnchangedSinceAGivenInstant() {
    SignInThrottle idle = persisted(new SignInThrottle("idle", NOW));
    SignInThrottle busy = persisted(new SignInThrottle("busy", NOW));
    assertThat(idle.getModifiedAt()).isBefore(busy.getModifiedAt());

    int deleted =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(SignInThrottle.DELETE_IDLE)
                    .setParameter("before", busy.getModifiedAt())
                    .executeUpdate());

    assertThat(deleted).isEqualTo(1);
    List<String> left =
        persistence.inTransaction(
            em ->
                em.createQuery("select t.login from SignInThrottle t", String.class)
                    .getResultList());
    assertThat(left).containsExactly("busy");
  }

  @Test
  void theDatabaseRefusesASecondThrottleForTheSameLogin() {
    persisted(new SignInThrottle("jane", NOW));
    persisted(new SignInThrottle("bob", NOW));

    SignInThrottle again = new SignInThrottle(" JANE ", NOW);
    again.recordFailure(NOW);

    assertThatThrownBy(() -> persisted(again))
        .isInstanceOf(PersistenceException.class)
        .rootCause()
        .message()
        .containsIgnoringCase("uq_sign_in_throttle_login");
  }

  @Test
  void storesAMailWithLongBodiesAndItsAttempts() {
    String textBody = "Grüße – eine Zeile des Textes mit Umlauten äöü und €.\n".repeat(400);
    textBody = textBody.substring(0, 20_000);
    String htmlBody =
        "<!DOCTYPE html><html><body><p>Hallo <b>Jane</b> &amp; „Team“ ✓</p>\n</body></html>";
    String error = "535 Authentication failed\r\n\tat Smtp.send(Smtp.java:1)\n" + "x".repeat(900);
    OutboxMail mail =
        new OutboxMail("jane@example.org", "Einladung – ComplyScore", textBody, htmlBody);
    mail.recordFailure(error, NOW, POLICY);
    persisted(mail);
    String keptError = mail.getLastError().orElseThrow();
    assertThat(keptError).hasSize(OutboxMail.ERROR_MAX);

    OutboxMail stored = persistence.inTransaction(em -> em.find(OutboxMail.class, mail.getId()));
    assertThat(stored.getRecipient()).isEqualTo("jane@example.org");
    assertThat(stored.getSubject()).isEqualTo("Einladung – ComplyScore");
    assertThat(stored.getTextBody()).hasSize(20_000).isEqualTo(textBody);
    assertThat(stored.getHtmlBody()).isEqualTo(htmlBody);
    assertThat(stored.getStatus()).isEqualTo(OutboxMailStatus.PENDING);
    assertThat(stored.getAttempts()).isEqualTo(1);
    assertThat(stored.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
    assertThat(stored.getLastError()).contains(keptError);
    assertThat(stored.getSentAt()).isEmpty();

    Instant sentAt = NOW.plusSeconds(31);
    persistence.inTransactionDo(em -> em.find(OutboxMail.class, mail.getId()).markSent(sentAt));

    OutboxMail sent = persistence.inTransaction(em -> em.find(OutboxMail.class, mail.getId()));
    assertThat(sent.getStatus()).isEqualTo(OutboxMailStatus.SENT);
    assertThat(sent.getSentAt()).contains(sentAt);
    assertThat(sent.getAttempts()).isEqualTo(2);
    assertThat(sent.getLastError()).isEmpty();
  }

  @Test
  void findsOnlyThePendingMailsThatAreDueInTheOrderOfTheirNextAttempt() {
    // Saved in another order than they are due, so that the order cannot come from the ids.
    OutboxMail exactlyNow = persisted(failedOnceAt(NOW.minusSeconds(30), "exactly")); // NOW
    OutboxMail retried = persisted(failedOnceAt(NOW.minusSeconds(40), "retried")); // NOW - 10 s
    OutboxMail fresh1 = persisted(mail("fresh1")); // due since the epoch
    OutboxMail fresh2 = persisted(mail("fresh2")); // the same instant: then by id
    persisted(failedOnceAt(NOW.minusSeconds(29), "later")); // NOW + 1 s: not due yet
    OutboxMail sent = mail("sent");
    sent.markSent(NOW.minusSeconds(60));
    persisted(sent);
    OutboxMail failed = mail("failed");
    failed.recordFailure("refused", NOW, new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
    persisted(failed);

    List<Long> due =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(OutboxMail.FIND_DUE, Long.class)
                    .setParameter("now", NOW)
                    .getResultList());

    assertThat(due)
        .containsExactly(fresh1.getId(), fresh2.getId(), retried.getId(), exactlyNow.getId());
  }

  @Test
  void countsTheMailsByStatus() {
    for (int i = 0; i < 3; i++) {
      persisted(mail("pending" + i));
    }
    OutboxMail sent = mail("sent");
    sent.markSent(NOW);
    persisted(sent);
    for (int i = 0; i < 2; i++) {
      OutboxMail failed = mail("failed" + i);
      failed.recordFailure("refused", NOW, new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
      persisted(failed);
    }

    Map<OutboxMailStatus, Long> counts =
        persistence.inTransaction(
            em ->
                em
                    .createNamedQuery(OutboxMail.COUNT_BY_STATUS, Object[].class)
                    .getResultList()
                    .stream()
                    .collect(
                        Collectors.toMap(
                            row -> (OutboxMailStatus) row[0],
                            row -> ((Number) row[1]).longValue())));

    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                OutboxMailStatus.PENDING, 3L,
                OutboxMailStatus.SENT, 1L,
                OutboxMailStatus.FAILED, 2L));
  }

  @Test
  void storesAnEventWithItsValuesCutToTheColumns() {
    String tooLong = "y".repeat(1_000);
    AuditEvent full =
        persisted(
            new AuditEvent(
                AuditEventType.ROLE_CHANGED, "owner", "jane", "READER → ASSESSOR", "2001:db8::7"));
    AuditEvent cut =
        persisted(
            new AuditEvent(AuditEventType.SIGN_IN_FAILED, tooLong, tooLong, tooLong, tooLong));
    AuditEvent anonymous =
        persisted(new AuditEvent(AuditEventType.SIGN_IN_FAILED, null, " ", "", null));

    persistence.inTransactionDo(
        em -> {
          AuditEvent found = em.find(AuditEvent.class, full.getId());
          assertThat(found.getType()).isEqualTo(AuditEventType.ROLE_CHANGED);
          assertThat(found.getActor()).contains("owner");
          assertThat(found.getSubject()).contains("jane");
          assertThat(found.getDetail()).contains("READER → ASSESSOR");
          assertThat(found.getClientAddress()).contains("2001:db8::7");
          assertThat(found.getCreatedAt()).isEqualTo(full.getCreatedAt());

          AuditEvent foundCut = em.find(AuditEvent.class, cut.getId());
          assertThat(foundCut.getActor()).contains("y".repeat(AuditEvent.ACTOR_MAX));
          assertThat(foundCut.getSubject()).contains("y".repeat(AuditEvent.SUBJECT_MAX));
          assertThat(foundCut.getDetail()).contains("y".repeat(AuditEvent.DETAIL_MAX));
          assertThat(foundCut.getClientAddress()).contains("y".repeat(AuditEvent.ADDRESS_MAX));

          AuditEvent foundAnonymous = em.find(AuditEvent.class, anonymous.getId());
          assertThat(foundAnonymous.getActor()).isEmpty();
          assertThat(foundAnonymous.getSubject()).isEmpty();
          assertThat(foundAnonymous.getDetail()).isEmpty();
          assertThat(foundAnonymous.getClientAddress()).isEmpty();
        });
  }

  @Test
  void findsTheRecentEventsNewestFirst() {
    AuditEvent first =
        persisted(new AuditEvent(AuditEventType.SIGN_IN_FAILED, null, "a", null, null));
    AuditEvent second =
        persisted(new AuditEvent(AuditEventType.SIGN_IN_SUCCEEDED, "a", null, null, null));
    AuditEvent third = persisted(new AuditEvent(AuditEventType.SIGNED_OUT, "a", null, null, null));

    List<AuditEvent> recent =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(AuditEvent.FIND_RECENT, AuditEvent.class)
                    .setMaxResults(2)
                    .getResultList());
    long count =
        persistence.inTransaction(
            em -> em.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult());

    assertThat(recent).map(BaseEntity::getId).containsExactly(third.getId(), second.getId());
    assertThat(count).isEqualTo(3);
    assertThat(first.getCreatedAt()).isBefore(second.getCreatedAt());
  }

  @Test
  void listsAllUsersActiveFirstThenByNameAndFindsTheActiveOwners() {
    User carl = persisted(new User("carl", "Carl", Role.OWNER, "hash"));
    User annaB = persisted(new User("anna.b", "Anna", Role.READER, "hash"));
    User formerOwner = new User("aaron", "Aaron", Role.OWNER, "hash");
    formerOwner.deactivate();
    persisted(formerOwner);
    User bert = persisted(new User("bert", "Bert", Role.ADMINISTRATOR, "hash"));
    User annaA = persisted(new User("anna.a", "Anna", Role.OWNER, "hash"));

    List<Long> all =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(User.FIND_ALL, User.class).getResultList().stream()
                    .map(BaseEntity::getId)
                    .toList());
    List<Long> activeOwners =
        persistence.inTransaction(
            em ->
                em.createNamedQuery(User.FIND_ACTIVE_OWNERS, User.class).getResultList().stream()
                    .map(BaseEntity::getId)
                    .toList());

    assertThat(all)
        .containsExactly(
            annaA.getId(), annaB.getId(), bert.getId(), carl.getId(), formerOwner.getId());
    assertThat(activeOwners).containsExactly(carl.getId(), annaA.getId());
  }

  /** A SHA-256 hash is 64 hexadecimal digits. */
  private static String token(char digit) {
    return String.valueOf(digit).repeat(64);
  }

  /** An invitation sent by a user saved before. */
  private static Invitation invite(User by, String email, char tokenDigit, Instant sentAt) {
    return persistence.inTransaction(
        em -> {
          User managed = em.find(User.class, by.getId());
          Invitation invitation =
              new Invitation(email, Role.READER, managed, token(tokenDigit), sentAt, WEEK);
          em.persist(invitation);
          return invitation;
        });
  }

  private static OutboxMail mail(String subject) {
    return new OutboxMail("jane@example.org", subject, "text", "<p>html</p>");
  }

  private static OutboxMail failedOnceAt(Instant at, String subject) {
    OutboxMail mail = mail(subject);
    mail.recordFailure("timeout", at, POLICY); // the next attempt 30 s later
    return mail;
  }

  /** Saved in a transaction of its own. */
  private static <T> T persisted(T entity) {
    return persistence.inTransaction(
        em -> {
          em.persist(entity);
          return entity;
        });
  }

  private static List<Invitation> byTokenHash(String tokenHash) {
    return query(
        em ->
            em.createNamedQuery(Invitation.FIND_BY_TOKEN_HASH, Invitation.class)
                .setParameter("tokenHash", tokenHash)
                .getResultList());
  }

  private static List<Invitation> pendingFor(String email) {
    return query(
        em ->
            em.createNamedQuery(Invitation.FIND_PENDING_FOR_EMAIL, Invitation.class)
                .setParameter("email", email)
                .getResultList());
  }

  private static Optional<SignInThrottle> byLogin(EntityManager em, String login) {
    return em.createNamedQuery(SignInThrottle.FIND_BY_LOGIN, SignInThrottle.class)
        .setParameter("login", login)
        .getResultStream()
        .findFirst();
  }

  private static <T> T query(Function<EntityManager, T> work) {
    return persistence.inTransaction(work);
  }
}
