package org.complyscore.action.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.complyscore.access.entity.Permission;
import org.complyscore.action.control.ActionListQueries;
import org.complyscore.action.control.ActionListQueries.Neighbours;
import org.complyscore.shared.entity.InvalidInputException;

/** The improvement-action list (F20, F21, F28): pages, neighbours of one row, the whole list. */
@Stateless
@RolesAllowed(Permission.Names.VIEW)
public class ActionListService {

  /** The largest page: enough for any screen, small enough to stay fast. */
  public static final int PAGE_MAX = 500;

  /** The most rows an export holds; the §7 scale has about 22,000 action states. */
  public static final int EXPORT_MAX = 100_000;

  @Inject private ActionListQueries queries;

  /** A page of rows with the group summaries of the whole list (and so its total). */
  public ActionPage page(ActionListRequest request, int first, int size) {
    checkPage(first, size);
    return queries.page(request, first, size);
  }

  /** The group summaries of the whole list; their shown rows add up to the total. */
  public List<GroupSummary> groups(ActionListRequest request) {
    return queries.groups(request);
  }

  /** A page of rows alone, for a table that asked for the summaries already. */
  public List<ActionRow> rows(ActionListRequest request, int first, int size) {
    checkPage(first, size);
    return queries.rows(request, first, size);
  }

  private static void checkPage(int first, int size) {
    if (first < 0) {
      throw new InvalidInputException("first", "The first row is 0 or more.");
    }
    if (size < 1 || size > PAGE_MAX) {
      throw new InvalidInputException(
          "size", "A page holds from 1 to " + PAGE_MAX + " improvement actions.");
    }
  }

  /** Where a row stands in the list; empty when the list does not (or no longer) show it. */
  public Optional<Neighbours> neighbours(ActionListRequest request, long stateId) {
    return queries.neighbours(request, stateId);
  }

  /** What the filters can choose from. */
  public FilterOptions options() {
    return queries.options();
  }

  /** Every row of the list, in list order, for an export. */
  public List<ActionRow> all(ActionListRequest request) {
    return queries.all(request, EXPORT_MAX);
  }
}
