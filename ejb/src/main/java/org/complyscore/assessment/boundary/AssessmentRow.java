package org.complyscore.assessment.boundary;

import java.math.BigDecimal;
import org.complyscore.assessment.entity.AssessmentStatus;
import org.complyscore.score.entity.Score;

/**
 * One line of the Assessments page (F40).
 *
 * @param progress passed controls out of the controls in scope, in percent
 * @param yours the organization's actions: completed (implemented and passed) and total
 * @param provider the provider's actions: completed and total
 * @param score the points of the assessment's actions
 * @param updatePending the template changed since the assessment followed it
 * @param updateDeferred someone chose to review that update later
 */
public record AssessmentRow(
    long id,
    long version,
    String name,
    AssessmentStatus status,
    BigDecimal progress,
    ActionCount yours,
    ActionCount provider,
    long groupId,
    String group,
    long templateId,
    String template,
    String product,
    String regulation,
    Score score,
    boolean updatePending,
    boolean updateDeferred) {

  /** Actions of one owner: how many are completed out of how many. */
  public record ActionCount(long completed, long total) {
    public static final ActionCount NONE = new ActionCount(0, 0);
  }
}
