package org.complyscore.assessment.boundary;

import java.math.BigDecimal;
import java.util.List;
import org.complyscore.score.entity.Score;

/**
 * What accepting a template's pending update would change for one assessment (F47): the controls
 * and actions that come and go, and the assessment's points and progress before and after.
 */
public record UpdateReview(
    long assessmentId,
    long assessmentVersion,
    int fromRevision,
    int toRevision,
    List<String> controlsAdded,
    List<String> controlsRemoved,
    List<String> actionsAdded,
    List<String> actionsRemoved,
    Score scoreBefore,
    Score scoreAfter,
    BigDecimal progressBefore,
    BigDecimal progressAfter) {

  public boolean changesNothing() {
    return controlsAdded.isEmpty()
        && controlsRemoved.isEmpty()
        && actionsAdded.isEmpty()
        && actionsRemoved.isEmpty();
  }
}
