package org.complyscore.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.score.entity.ScoreDataListener;
import org.complyscore.shared.entity.BaseEntity;

/**
 * A framework of controls for one regulation or standard (its certification, such as "NIST SP
 * 800-53 Rev 5 MODERATE") and one product (the system in scope). Assessments are made from it.
 */
@Entity
@EntityListeners(ScoreDataListener.class)
@Table(name = "template")
@NamedQuery(
    name = Template.FIND_BY_TITLE,
    query = "select t from Template t where t.title = :title")
public class Template extends BaseEntity {

  public static final String FIND_BY_TITLE = "Template.findByTitle";
  public static final int TITLE_MAX = 200;
  public static final int PRODUCT_MAX = 200;
  public static final int REGULATION_MAX = 200;
  public static final int VERSION_MAX = 50;
  public static final int SOURCE_REFERENCE_MAX = 1000;

  @Column(nullable = false, unique = true, length = TITLE_MAX)
  private String title;

  @Column(nullable = false, length = PRODUCT_MAX)
  private String product;

  /** The certification or regulation, e.g. "NIST SP 800-53 Rev 5 MODERATE". */
  @Column(nullable = false, length = REGULATION_MAX)
  private String regulation;

  @Column(name = "template_version", length = VERSION_MAX)
  private String templateVersion;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TemplateSource source;

  /** Where the content comes from and whom to credit for it. */
  @Column(name = "source_reference", length = SOURCE_REFERENCE_MAX)
  private String sourceReference;

  /** Counts the modifications: 1 as imported, one more for each extension or update (F47). */
  @Column(nullable = false)
  private int revision = 1;

  @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<ControlFamily> families = new ArrayList<>();

  protected Template() {}

  public Template(String title, String product, String regulation, TemplateSource source) {
    this.title = Objects.requireNonNull(title, "A template needs a title.").strip();
    this.product = Objects.requireNonNull(product, "A template needs a product.").strip();
    this.regulation =
        Objects.requireNonNull(regulation, "A template needs a regulation or standard.").strip();
    this.source = Objects.requireNonNull(source, "A template needs its source.");
  }

  public Template describeSource(String templateVersion, String sourceReference) {
    this.templateVersion = templateVersion;
    this.sourceReference = sourceReference;
    return this;
  }

  /**
   * Starts a modification: controls added or removed from now on belong to the new revision, and
   * the assessments made from the template see a pending update.
   *
   * @return the new revision
   */
  public int startRevision() {
    return ++revision;
  }

  public int getRevision() {
    return revision;
  }

  /** The family with the given key, if the template has it. */
  public Optional<ControlFamily> family(String familyKey) {
    return families.stream().filter(f -> f.getFamilyKey().equalsIgnoreCase(familyKey)).findFirst();
  }

  /** Adds a control family at the end. */
  public ControlFamily addFamily(String familyKey, String title) {
    ControlFamily family = new ControlFamily(this, familyKey, title, families.size());
    families.add(family);
    return family;
  }

  public String getTitle() {
    return title;
  }

  public String getProduct() {
    return product;
  }

  public String getRegulation() {
    return regulation;
  }

  /** The version of the regulation or of its content, e.g. "5.1.1". */
  public Optional<String> getTemplateVersion() {
    return Optional.ofNullable(templateVersion);
  }

  public TemplateSource getSource() {
    return source;
  }

  public Optional<String> getSourceReference() {
    return Optional.ofNullable(sourceReference);
  }

  public List<ControlFamily> getFamilies() {
    return Collections.unmodifiableList(families);
  }
}
