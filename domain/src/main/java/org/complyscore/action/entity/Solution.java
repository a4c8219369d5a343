package org.complyscore.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.shared.entity.BaseEntity;

/**
 * The tool or system in which improvement actions are carried out (identity provider, endpoint
 * management, mail gateway …), with the address where it opens.
 */
@Entity
@Table(name = "solution")
@NamedQuery(name = Solution.FIND_BY_NAME, query = "select s from Solution s where s.name = :name")
public class Solution extends BaseEntity {

  public static final String FIND_BY_NAME = "Solution.findByName";
  public static final int NAME_MAX = 150;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int URL_MAX = 2000;

  @Column(nullable = false, unique = true, length = NAME_MAX)
  private String name;

  @Column(length = DESCRIPTION_MAX)
  private String description;

  @Column(length = URL_MAX)
  private String url;

  protected Solution() {}

  public Solution(String name, String description) {
    this.name = Objects.requireNonNull(name, "A solution needs a name.").strip();
    this.description = description;
  }

  public String getName() {
    return name;
  }

  public Optional<String> getDescription() {
    return Optional.ofNullable(description);
  }

  public Optional<String> getUrl() {
    return Optional.ofNullable(url);
  }
}
