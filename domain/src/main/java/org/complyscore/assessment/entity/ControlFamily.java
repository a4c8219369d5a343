package org.complyscore.assessment.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.complyscore.shared.entity.BaseEntity;

/** A group of related controls in a template, such as "Access Control" (AC). */
@Entity
@Table(
    name = "control_family",
    uniqueConstraints = @UniqueConstraint(columnNames = {"template_id", "family_key"}))
public class ControlFamily extends BaseEntity {

  public static final int KEY_MAX = 50;
  public static final int TITLE_MAX = 200;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false, updatable = false)
  private Template template;

  @Column(name = "family_key", nullable = false, length = KEY_MAX)
  private String familyKey;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("sortOrder")
  private List<Control> controls = new ArrayList<>();

  protected ControlFamily() {}

  ControlFamily(Template template, String familyKey, String title, int sortOrder) {
    this.template = template;
    this.familyKey = Objects.requireNonNull(familyKey, "A control family needs a key.").strip();
    this.title = Objects.requireNonNull(title, "A control family needs a title.").strip();
    this.sortOrder = sortOrder;
  }

  /** Adds a control at the end of the family. */
  public Control addControl(String controlKey, String title) {
    Control control = new Control(this, controlKey, title, controls.size());
    controls.add(control);
    return control;
  }

  public Template getTemplate() {
    return template;
  }

  public String getFamilyKey() {
    return familyKey;
  }

  public String getTitle() {
    return title;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public List<Control> getControls() {
    return Collections.unmodifiableList(controls);
  }
}
