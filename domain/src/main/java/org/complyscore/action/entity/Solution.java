package org.complyscore.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.score.entity.ScoreDataListener;
import org.complyscore.shared.entity.BaseEntity;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.entity.WebAddress;

/**
 * The tool or system in which improvement actions are carried out (identity provider, endpoint
 * management, mail gateway …), with the address where it opens.
 */
@Entity
@EntityListeners(ScoreDataListener.class)
@Table(name = "solution")
@NamedQuery(name = Solution.FIND_BY_NAME, query = "select s from Solution s where s.name = :name")
public class Solution extends BaseEntity {

  public static final String FIND_BY_NAME = "Solution.findByName";
  public static final int NAME_MAX = 150;
  public static final int DESCRIPTION_MAX = 2000;
  public static final int URL_MAX = WebAddress.MAX;

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

  /**
   * Changes what people read about the solution and where its "Open" link goes (F30).
   *
   * @param newName required, at most {@link #NAME_MAX} characters
   * @param newDescription optional, at most {@link #DESCRIPTION_MAX} characters
   * @param newUrl optional; when given, a full http(s) address
   * @throws InvalidInputException naming the field that is wrong
   */
  public void describe(String newName, String newDescription, String newUrl) {
    String strippedName = newName == null ? "" : newName.strip();
    if (strippedName.isEmpty()) {
      throw new InvalidInputException("name", "Enter the solution's name.");
    }
    if (strippedName.length() > NAME_MAX) {
      throw new InvalidInputException(
          "name", "A solution's name has at most " + NAME_MAX + " characters.");
    }
    String strippedDescription = blankToNull(newDescription);
    if (strippedDescription != null && strippedDescription.length() > DESCRIPTION_MAX) {
      throw new InvalidInputException(
          "description",
          "A solution's description has at most " + DESCRIPTION_MAX + " characters.");
    }
    String checkedUrl =
        blankToNull(newUrl) == null ? null : WebAddress.checked("url", "solution", newUrl);
    name = strippedName;
    description = strippedDescription;
    url = checkedUrl;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
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
