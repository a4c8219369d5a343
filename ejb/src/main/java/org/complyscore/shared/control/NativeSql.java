package org.complyscore.shared.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/**
 * Native SQL with positional parameters, built in order: the score and action-list queries, whose
 * filters add conditions only when they narrow something.
 */
public final class NativeSql {
  private final StringBuilder text = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  public NativeSql append(String part) {
    text.append(part);
    return this;
  }

  /** {@code AND column IN (?, ?)} for a non-empty set; nothing for an empty one. */
  public NativeSql in(String column, Collection<?> values) {
    return in(column, values, "AND");
  }

  /** {@code <connective> column IN (?, ?)} for a non-empty set; nothing for an empty one. */
  public NativeSql in(String column, Collection<?> values, String connective) {
    if (values.isEmpty()) {
      return this;
    }
    StringJoiner marks = new StringJoiner(", ", " " + connective + " " + column + " IN (", ")");
    for (Object value : values) {
      parameters.add(value);
      marks.add("?" + parameters.size());
    }
    text.append(marks);
    return this;
  }

  /** Appends a parameter's placeholder and binds the value to it. */
  public NativeSql parameter(Object value) {
    parameters.add(value);
    text.append('?').append(parameters.size());
    return this;
  }

  /** The escape character of {@link #containing} patterns: {@code ... LIKE ? ESCAPE '!'}. */
  public static final char LIKE_ESCAPE = '!';

  /**
   * A LIKE pattern that finds the text anywhere, any case, with {@code %} and {@code _} taken
   * literally; use it with {@code ESCAPE '!'}. (Not a backslash: JPQL and SQL read a backslash in a
   * string literal differently.)
   */
  public static String containing(String text) {
    String lower = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    return "%" + lower.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }

  /** A native query's number as a decimal (drivers give BigDecimal, Long or Double); 0 for NULL. */
  public static java.math.BigDecimal decimal(Object value) {
    if (value == null) {
      return java.math.BigDecimal.ZERO;
    }
    return value instanceof java.math.BigDecimal decimal
        ? decimal
        : new java.math.BigDecimal(value.toString());
  }

  /** A native query's DATE as a day (drivers give java.sql.Date or LocalDate); null for NULL. */
  public static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
  }

  /**
   * A native query's TIMESTAMP WITH TIME ZONE as an instant (PostgreSQL's driver gives a Timestamp,
   * H2 an OffsetDateTime); null for NULL.
   */
  public static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return value == null ? null : (Instant) value;
  }

  public Query query(EntityManager em) {
    Query query = em.createNativeQuery(text.toString());
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }

  public String text() {
    return text.toString();
  }

  public List<Object> parameters() {
    return parameters;
  }
}
