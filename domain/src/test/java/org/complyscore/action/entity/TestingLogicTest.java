package org.complyscore.action.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complyscore.shared.entity.InvalidInputException;
import org.junit.jupiter.api.Test;

class TestingLogicTest {

  @Test
  void readsIdsSeparatedByLinesCommasAndSemicolonsSortedAndOnce() {
    TestingLogic logic =
        TestingLogic.of(" web.tls\r\nweb.hsts, web.tls;; host.password-max-age \n", null);

    assertThat(logic.checkIds()).containsExactly("host.password-max-age", "web.hsts", "web.tls");
    assertThat(logic.combination()).isEqualTo(TestingCombination.ANY_FAILURE_FAILS);
    assertThat(logic.isAutomatable()).isTrue();
  }

  @Test
  void blankMeansNoAutomatedTesting() {
    assertThat(TestingLogic.of("  \n ", TestingCombination.AVERAGE).isAutomatable()).isFalse();
    assertThat(TestingLogic.of((String) null, null)).isEqualTo(TestingLogic.NONE);
  }

  @Test
  void namesTheBadId() {
    assertThatThrownBy(() -> TestingLogic.of("web.tls\nweb tls", null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"web tls\" is not a check id")
        .extracting("field")
        .isEqualTo("checkIds");
    assertThatThrownBy(() -> TestingLogic.of("x".repeat(101), null))
        .hasMessageContaining("longer than 100");
    assertThatThrownBy(() -> TestingLogic.of(".hidden", null))
        .hasMessageContaining("not a check id");
  }

  @Test
  void anActionKeepsItsLogic() {
    ImprovementAction action =
        ActionStateTest.action(ImplementationType.TECHNICAL, ActionOwner.ORGANIZATION, 27);

    action.testWith(TestingLogic.of("b\na", TestingCombination.AVERAGE));

    assertThat(action.getTestingLogic().checkIds()).containsExactly("a", "b");
    assertThat(action.getTestingLogic().combination()).isEqualTo(TestingCombination.AVERAGE);
    action.testWith(TestingLogic.NONE);
    assertThat(action.getTestingLogic().isAutomatable()).isFalse();
  }
}
