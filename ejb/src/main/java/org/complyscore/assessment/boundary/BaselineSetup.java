package org.complyscore.assessment.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.List;
import org.complyscore.action.entity.Category;
import org.complyscore.assessment.control.AssessmentFactory;
import org.complyscore.assessment.entity.AssessmentGroup;
import org.complyscore.assessment.entity.Template;
import org.complyscore.template.control.BaselineTemplateBuilder;
import org.complyscore.template.control.OscalCatalog;
import org.complyscore.template.control.OscalCatalogReader;
import org.complyscore.template.control.TemplateDraft;
import org.complyscore.template.control.TemplateStore;

/**
 * Gives a new installation a score at once (rule 9): on the first start, builds the Data Protection
 * Baseline template from NIST SP 800-53 Rev 5 MODERATE and makes its assessment in "Default group".
 * Every start makes sure the product's categories exist.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class BaselineSetup {

  private static final System.Logger LOG = System.getLogger(BaselineSetup.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private AssessmentFactory assessmentFactory;

  @Inject private TemplateStore templateStore;

  @PostConstruct
  void createBaselineOnFirstStart() {
    ensureStandardCategories();
    if (!em.createNamedQuery(Template.FIND_BY_TITLE, Template.class)
        .setParameter("title", BaselineTemplateBuilder.TITLE)
        .getResultList()
        .isEmpty()) {
      return;
    }
    long started = System.nanoTime();
    TemplateDraft draft = new BaselineTemplateBuilder().draft(readCatalog());
    Template template = templateStore.store(draft, percent -> {});
    assessmentFactory.create(BaselineTemplateBuilder.TITLE, defaultGroup(), template);
    LOG.log(
        Level.INFO,
        "Created the {0} template and assessment ({1} improvement actions) in {2} ms.",
        BaselineTemplateBuilder.TITLE,
        draft.distinctActions().size(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private OscalCatalog readCatalog() {
    try (InputStream json =
        BaselineSetup.class
            .getClassLoader()
            .getResourceAsStream(BaselineTemplateBuilder.CATALOG_RESOURCE)) {
      if (json == null) {
        throw new IllegalStateException(
            BaselineTemplateBuilder.CATALOG_RESOURCE + " is missing from the application.");
      }
      return new OscalCatalogReader().read(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ensureStandardCategories() {
    List<String> existing =
        em.createNamedQuery(Category.FIND_ALL, Category.class).getResultList().stream()
            .map(Category::getName)
            .toList();
    List<String> standard = Category.STANDARD;
    for (int i = 0; i < standard.size(); i++) {
      if (!existing.contains(standard.get(i))) {
        em.persist(new Category(standard.get(i), i));
      }
    }
    em.flush();
  }

  private AssessmentGroup defaultGroup() {
    return em.createNamedQuery(AssessmentGroup.FIND_BY_NAME, AssessmentGroup.class)
        .setParameter("name", AssessmentGroup.DEFAULT_NAME)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              AssessmentGroup created = new AssessmentGroup(AssessmentGroup.DEFAULT_NAME);
              em.persist(created);
              return created;
            });
  }
}
