package org.complyscore.score.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.complyscore.action.entity.ActionOwner;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;

/** The fixed choices of the score filter pane: action types, purposes, owners. */
@Named
@ApplicationScoped
public class ScoreFilterValues {

  public ImplementationType[] getTypes() {
    return ImplementationType.values();
  }

  public Purpose[] getPurposes() {
    return Purpose.values();
  }

  public ActionOwner[] getOwners() {
    return ActionOwner.values();
  }
}
