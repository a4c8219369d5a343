package org.complyscore.action.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.TestStatus;
import org.complyscore.shared.entity.InvalidInputException;
import org.junit.jupiter.api.Test;

class ActionListParametersTest {

  private static Map<String, List<String>> query(String text) {
    if (text.isEmpty()) {
      return Map.of();
    }
    return Arrays.stream(text.split("&"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.groupingBy(
                pair -> pair[0],
                Collectors.mapping(
                    pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8),
                    Collectors.toList())));
  }

  @Test
  void noParametersAreTheListAsItOpens() {
    assertThat(ActionListParameters.parse(Map.of())).isEqualTo(ActionListRequest.DEFAULT);
    assertThat(ActionListParameters.toQuery(ActionListRequest.DEFAULT)).isEmpty();
  }

  @Test
  void everyParameterIsReadAndWrittenBack() {
    ActionListRequest request =
        ActionListParameters.parse(
            query(
                "regulation=NIST+SP+800-53%2C+Rev+5&solution=3,7&type=technical&group=2&category=4"
                    + "&assessment=9&status=PLANNED&test=passed&source=MANUAL&assignee=5,none"
                    + "&q=AC-2+%25x&passed=true&id=11&groupBy=solution&sort=title&dir=asc"));

    ActionFilter filter = request.filter();
    assertThat(filter.regulations()).containsExactly("NIST SP 800-53, Rev 5");
    assertThat(filter.solutionIds()).containsExactlyInAnyOrder(3L, 7L);
    assertThat(filter.implementationTypes()).containsExactly(ImplementationType.TECHNICAL);
    assertThat(filter.implementationStatuses()).containsExactly(ImplementationStatus.PLANNED);
    assertThat(filter.testStatuses()).containsExactly(TestStatus.PASSED);
    assertThat(filter.assigneeIds()).containsExactly(5L);
    assertThat(filter.unassigned()).isTrue();
    assertThat(filter.text()).isEqualTo("AC-2 %x");
    assertThat(filter.includePassed()).isTrue();
    assertThat(filter.stateIds()).containsExactly(11L);
    assertThat(request.grouping()).isEqualTo(ActionGrouping.SOLUTION);
    assertThat(request.order()).isEqualTo(ActionOrder.TITLE);
    assertThat(request.descending()).isFalse();

    assertThat(ActionListParameters.fromQuery(ActionListParameters.toQuery(request)))
        .isEqualTo(request);
  }

  @Test
  void regulationsWithCommasTravelOnePerParameter() {
    ActionListRequest request =
        ActionListParameters.parse(
            Map.of("regulation", List.of("ISO 27001, 2022", "NIST SP 800-53, Rev 5")));

    String text = ActionListParameters.toQuery(request);

    assertThat(text.split("&")).hasSize(2);
    assertThat(ActionListParameters.fromQuery(text)).isEqualTo(request);
  }

  @Test
  void repeatedParametersAddUp() {
    ActionFilter filter =
        ActionListParameters.parse(Map.of("solution", List.of("1", "2,3"))).filter();

    assertThat(filter.solutionIds()).isEqualTo(Set.of(1L, 2L, 3L));
  }

  @Test
  void aBadValueIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> ActionListParameters.parse(Map.of("status", List.of("DONE"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("\"status\" does not know \"DONE\"")
        .extracting(e -> ((InvalidInputException) e).getField())
        .isEqualTo("status");
    assertThatThrownBy(() -> ActionListParameters.parse(Map.of("solution", List.of("abc"))))
        .hasMessageContaining("takes ids");
    assertThatThrownBy(() -> ActionListParameters.parse(Map.of("assignee", List.of("0"))))
        .hasMessageContaining("or \"none\"");
    assertThatThrownBy(() -> ActionListParameters.parse(Map.of("passed", List.of("maybe"))))
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> ActionListParameters.parse(Map.of("sort", List.of("a", "b"))))
        .hasMessageContaining("only once");
  }

  @Test
  void aPassedTestStatusOrChosenRowsShowPassedActions() {
    assertThat(ActionListParameters.parse(Map.of("test", List.of("PASSED"))).filter().showsPassed())
        .isTrue();
    assertThat(ActionListParameters.parse(Map.of("id", List.of("4"))).filter().showsPassed())
        .isTrue();
    assertThat(ActionListParameters.parse(Map.of()).filter().showsPassed()).isFalse();
  }
}
