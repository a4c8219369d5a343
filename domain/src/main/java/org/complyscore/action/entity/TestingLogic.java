package org.complyscore.action.entity;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * What makes an action pass (F31): the checks of automated monitoring it listens to, and how their
 * results combine. Without checks, the action is tested by people only.
 *
 * @param checkIds the check ids, sorted; empty for none
 * @param combination how the results of the checked resources make one test status
 */
public record TestingLogic(SortedSet<String> checkIds, TestingCombination combination) {

  public static final int CHECK_ID_MAX = 100;

  /** At most this many checks per action: more is a sign of a wrong paste, not of a design. */
  public static final int CHECKS_MAX = 50;

  /** A letter or digit, then letters, digits, {@code . _ : -}: safe in URLs, files and logs. */
  private static final Pattern CHECK_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");

  /** The logic of an action without automated testing. */
  public static final TestingLogic NONE =
      new TestingLogic(new TreeSet<>(), TestingCombination.ANY_FAILURE_FAILS);

  public TestingLogic {
    Objects.requireNonNull(combination, "Choose how the check results combine.");
    checkIds = Collections.unmodifiableSortedSet(new TreeSet<>(checkIds));
  }

  /**
   * Testing logic from check ids as people and files write them: separated by line breaks, commas
   * or semicolons; blanks ignored, each checked.
   *
   * @throws InvalidInputException with field {@code checkIds} naming the bad id
   */
  public static TestingLogic of(String checkIds, TestingCombination combination) {
    return of(
        checkIds == null ? java.util.List.of() : java.util.List.of(checkIds.split("[\\r\\n,;]+")),
        combination);
  }

  /**
   * @throws InvalidInputException with field {@code checkIds} naming the bad id
   */
  public static TestingLogic of(Collection<String> checkIds, TestingCombination combination) {
    SortedSet<String> ids = new TreeSet<>();
    for (String raw : checkIds) {
      String id = raw == null ? "" : raw.strip();
      if (id.isEmpty()) {
        continue;
      }
      checkId(id);
      ids.add(id);
    }
    if (ids.size() > CHECKS_MAX) {
      throw new InvalidInputException(
          "checkIds", "An action listens to at most " + CHECKS_MAX + " checks.");
    }
    return new TestingLogic(
        ids, combination == null ? TestingCombination.ANY_FAILURE_FAILS : combination);
  }

  /**
   * Refuses a check id that breaks the format.
   *
   * @throws InvalidInputException with field {@code checkIds}
   */
  public static String checkId(String id) {
    if (id.length() > CHECK_ID_MAX) {
      throw new InvalidInputException(
          "checkIds",
          "The check id \""
              + id.substring(0, 40)
              + "…\" is longer than "
              + CHECK_ID_MAX
              + " characters.");
    }
    if (!CHECK_ID.matcher(id).matches()) {
      throw new InvalidInputException(
          "checkIds",
          "\""
              + id
              + "\" is not a check id: use a letter or digit, then letters, digits, '.', '_', ':'"
              + " or '-'.");
    }
    return id;
  }

  /** Whether monitoring can test the action. */
  public boolean isAutomatable() {
    return !checkIds.isEmpty();
  }
}
