package org.complyscore.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Objects;
import org.complyscore.score.entity.ScoreDataListener;
import org.complyscore.shared.entity.BaseEntity;

/** A data-protection area an improvement action belongs to, such as "Control access". */
@Entity
@EntityListeners(ScoreDataListener.class)
@Table(name = "category")
@NamedQuery(name = Category.FIND_ALL, query = "select c from Category c order by c.sortOrder")
@NamedQuery(name = Category.FIND_BY_NAME, query = "select c from Category c where c.name = :name")
public class Category extends BaseEntity {

  public static final String FIND_ALL = "Category.findAll";
  public static final String FIND_BY_NAME = "Category.findByName";
  public static final int NAME_MAX = 100;

  /** The product's categories, in the order the pages list them. */
  public static final List<String> STANDARD =
      List.of(
          "Control access",
          "Discover and respond",
          "Govern information",
          "Infrastructure",
          "Manage compliance",
          "Manage devices",
          "Manage internal risks",
          "Privacy management",
          "Protect against threats",
          "Protect information");

  @Column(nullable = false, unique = true, length = NAME_MAX)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected Category() {}

  public Category(String name, int sortOrder) {
    this.name = Objects.requireNonNull(name, "A category needs a name.").strip();
    this.sortOrder = sortOrder;
  }

  public String getName() {
    return name;
  }

  public int getSortOrder() {
    return sortOrder;
  }
}
