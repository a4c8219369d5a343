package org.complyscore.score.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.complyscore.access.entity.User;
import org.complyscore.shared.entity.BaseEntity;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * The score filter a person last applied (F14), kept across sign-out: the Overview and the
 * Solutions page open with it. Stored as the action list's query parameters, the one way filters
 * are written down in ComplyScore.
 */
@Entity
@Table(name = "saved_score_filter")
@NamedQuery(
    name = SavedScoreFilter.FIND_BY_USER,
    query = "select f from SavedScoreFilter f where f.user = :user")
public class SavedScoreFilter extends BaseEntity {

  public static final String FIND_BY_USER = "SavedScoreFilter.findByUser";

  /** Room for every filter a person can pick with the pane, many times over. */
  public static final int QUERY_MAX = 4000;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false, updatable = false, unique = true)
  private User user;

  @Column(nullable = false, length = QUERY_MAX)
  private String query;

  /** For JPA only. */
  protected SavedScoreFilter() {}

  public SavedScoreFilter(User user, String query) {
    this.user = Objects.requireNonNull(user);
    replace(query);
  }

  /** Keeps another filter; an empty query is the filter that keeps everything. */
  public final void replace(String newQuery) {
    String text = newQuery == null ? "" : newQuery;
    if (text.length() > QUERY_MAX) {
      throw new InvalidInputException(
          "filter", "This filter is too long to keep; choose fewer values.");
    }
    this.query = text;
  }

  public User getUser() {
    return user;
  }

  public String getQuery() {
    return query;
  }
}
