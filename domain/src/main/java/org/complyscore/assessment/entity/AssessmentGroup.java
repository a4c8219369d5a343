package org.complyscore.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.complyscore.score.entity.ScoreDataListener;
import org.complyscore.shared.entity.BaseEntity;

/**
 * A container of assessments (by year, division, region …). The organization's non-technical
 * actions are tracked once per group.
 */
@Entity
@EntityListeners(ScoreDataListener.class)
@Table(name = "assessment_group")
@NamedQuery(
    name = AssessmentGroup.FIND_BY_NAME,
    query = "select g from AssessmentGroup g where g.name = :name")
public class AssessmentGroup extends BaseEntity {

  public static final String FIND_BY_NAME = "AssessmentGroup.findByName";
  public static final String DEFAULT_NAME = "Default group";
  public static final int NAME_MAX = 100;

  @Column(nullable = false, unique = true, length = NAME_MAX)
  private String name;

  protected AssessmentGroup() {}

  public AssessmentGroup(String name) {
    this.name = Objects.requireNonNull(name, "A group needs a name.").strip();
  }

  public String getName() {
    return name;
  }
}
