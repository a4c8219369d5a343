package org.complyscore.access.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.complyscore.access.entity.Role;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.testing.Scenarios;
import org.complyscore.testing.SignedInOwnerMechanism;
import org.complyscore.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Roles, deactivation and reassigning actions on the real server, as an Owner does them. */
@ExtendWith(ArquillianExtension.class)
class UserServiceIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(
        UserServiceIT.class, TestUsers.class, Scenarios.class, SignedInOwnerMechanism.class);
  }

  @Inject private UserService users;
  @Inject private TestUsers testUsers;
  @Inject private Scenarios scenarios;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void theCallerHasAnAccount() {
    testUsers.ensure(SignedInOwnerMechanism.CALLER, Role.OWNER);
  }

  @Test
  void reassigningGivesEveryActionOfOnePersonToAnotherAndCountsThem() {
    testUsers.create("leaver-" + run, null, Role.CONTRIBUTOR, "a long enough password", true);
    testUsers.create("taker-" + run, null, Role.CONTRIBUTOR, "a long enough password", true);
    long action1 = action("one");
    long action2 = action("two");
    long template =
        scenarios.template(
            "Template " + run,
            "Reg " + run,
            Map.of("C-1", List.of(action1), "C-2", List.of(action2)));
    long assessment =
        scenarios.assessment("Assessment " + run, scenarios.group("G " + run), template);
    long state1 = scenarios.stateOf(assessment, action1);
    long state2 = scenarios.stateOf(assessment, action2);
    scenarios.assign(state1, "leaver-" + run);
    scenarios.assign(state2, "leaver-" + run);
    long leaver = testUsers.get("leaver-" + run).getId();
    long taker = testUsers.get("taker-" + run).getId();

    assertThat(summary(leaver).assignedActions()).isEqualTo(2);
    assertThat(users.reassignActions(leaver, taker)).isEqualTo(2);

    assertThat(scenarios.assigneeOf(state1)).contains("taker-" + run);
    assertThat(scenarios.assigneeOf(state2)).contains("taker-" + run);
    assertThat(summary(leaver).assignedActions()).isZero();
    assertThat(summary(taker).assignedActions()).isEqualTo(2);
    assertThatThrownBy(() -> users.reassignActions(taker, taker))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aDeactivatedPersonCannotTakeActionsOverAndCanBeReactivated() {
    testUsers.create("from-" + run, null, Role.READER, "a long enough password", true);
    testUsers.create("away-" + run, null, Role.READER, "a long enough password", true);
    long from = testUsers.get("from-" + run).getId();
    long away = testUsers.get("away-" + run).getId();

    assertThat(users.deactivate(away).active()).isFalse();
    assertThatThrownBy(() -> users.reassignActions(from, away))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is deactivated");
    assertThat(users.reactivate(away).active()).isTrue();
  }

  @Test
  void ownersCanBeDemotedWhileAnotherActiveOwnerRemains() {
    testUsers.create("owner-" + run, null, Role.OWNER, "a long enough password", true);
    long owner = testUsers.get("owner-" + run).getId();

    assertThat(users.changeRole(owner, Role.ASSESSOR).role()).isEqualTo(Role.ASSESSOR);
    assertThat(users.changeRole(owner, Role.OWNER).role()).isEqualTo(Role.OWNER);
    assertThat(users.users()).extracting(UserSummary::username).contains("owner-" + run);
  }

  private UserSummary summary(long id) {
    return users.users().stream().filter(user -> user.id() == id).findFirst().orElseThrow();
  }

  private long action(String what) {
    return scenarios.action(
        "Action " + what + " " + run,
        ImplementationType.OPERATIONAL,
        ActionOwner.ORGANIZATION,
        Purpose.PREVENTIVE,
        3,
        null,
        null);
  }
}
