package org.complyscore.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.complyscore.action.boundary.ActionGrouping;
import org.complyscore.action.control.Labels;
import org.complyscore.action.entity.ImplementationStatus;
import org.complyscore.action.entity.ImplementationType;

/**
 * Statuses, types and sources in words on the pages ({@code #{labels.of(row.testStatus())}}): the
 * same words as the exports and the mails, from one bundle.
 */
@Named("labels")
@ApplicationScoped
public class EnumLabels {

  public String of(Enum<?> value) {
    return value == null ? "" : Labels.of(value);
  }

  /** A history value in words ({@code FAILED_LOW_RISK} becomes "Failed (low risk)"). */
  public String ofValue(String field, String value) {
    return Labels.ofValue(field, value);
  }

  /** A history field's name in words. */
  public String field(String name) {
    return Labels.field(name);
  }

  /** A group header's key in words, for the groupings whose key is an enum constant's name. */
  public String ofName(ActionGrouping grouping, String name) {
    return switch (grouping) {
      case ACTION_TYPE -> Labels.of(ImplementationType.valueOf(name));
      case STATUS -> Labels.of(ImplementationStatus.valueOf(name));
      default -> name;
    };
  }
}
