package org.complyscore.assessment.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.complyscore.assessment.entity.Assessment;
import org.complyscore.assessment.entity.AssessmentGroup;
import org.complyscore.assessment.entity.AssessmentStatus;
import org.complyscore.score.control.ScoreQueries;
import org.complyscore.score.control.StatusQueries;
import org.complyscore.score.entity.Score;
import org.complyscore.score.entity.ScoreFilter;
import org.complyscore.template.control.BaselineTemplateBuilder;
import org.complyscore.testing.TestArchives;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A new installation has a score at once: the baseline made at first start (rule 9). */
@ExtendWith(ArquillianExtension.class)
class BaselineSetupIT {

  @Deployment
  static WebArchive deployment() {
    return TestArchives.servicesWith(BaselineSetupIT.class);
  }

  @PersistenceContext private EntityManager em;
  @Inject private ScoreQueries scoreQueries;
  @Inject private StatusQueries statusQueries;

  private Assessment baseline() {
    return em.createQuery(
            "select a from Assessment a where a.name = :name and a.group.name = :group",
            Assessment.class)
        .setParameter("name", BaselineTemplateBuilder.TITLE)
        .setParameter("group", AssessmentGroup.DEFAULT_NAME)
        .getSingleResult();
  }

  @Test
  void theBaselineAssessmentIsInTheDefaultGroupWithOneStatePerAction() {
    Assessment baseline = baseline();

    assertThat(baseline.getTemplate().getRegulation()).isEqualTo("NIST SP 800-53 Rev 5 MODERATE");
    assertThat(baseline.getTemplate().getFamilies()).hasSize(18);
    assertThat(baseline.getActionStates()).hasSize(287);
    assertThat(
            em.createQuery("select count(c) from Control c where c.template = :t", Long.class)
                .setParameter("t", baseline.getTemplate())
                .getSingleResult())
        .isEqualTo(287);
  }

  @Test
  void scoresZeroOfAllItsPointsOnDayOne() {
    Assessment baseline = baseline();

    Score score = scoreQueries.overall(ScoreFilter.NONE.withAssessments(Set.of(baseline.getId())));

    assertThat(score).isEqualTo(new Score(BigDecimal.ZERO, 4585));
    assertThat(score.percent()).isEqualByComparingTo("0.0");
    StatusQueries.AssessmentProgress progress =
        statusQueries.assessmentProgress(List.of(baseline.getId())).get(baseline.getId());
    assertThat(progress.status()).isEqualTo(AssessmentStatus.NONE);
    assertThat(progress.controls().controls()).isEqualTo(287);
  }

  @Test
  void madeTheStandardCategoriesAndSolutionsOnce() {
    assertThat(
            em.createQuery("select c.name from Category c order by c.sortOrder", String.class)
                .getResultList())
        .containsSubsequence(org.complyscore.action.entity.Category.STANDARD);
    assertThat(
            em.createQuery("select count(t) from Template t where t.title = :title", Long.class)
                .setParameter("title", BaselineTemplateBuilder.TITLE)
                .getSingleResult())
        .isEqualTo(1);
  }
}
