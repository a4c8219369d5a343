package org.complyscore.score.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;

/** Native SQL with positional parameters, built in order; the filters of the score queries. */
public final class NativeSql {
  private final StringBuilder text = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  NativeSql append(String part) {
    text.append(part);
    return this;
  }

  /** {@code AND column IN (?, ?)} for a non-empty set; nothing for an empty one. */
  void in(String column, Collection<?> values) {
    if (values.isEmpty()) {
      return;
    }
    StringJoiner marks = new StringJoiner(", ", " AND " + column + " IN (", ")");
    for (Object value : values) {
      parameters.add(value);
      marks.add("?" + parameters.size());
    }
    text.append(marks);
  }

  Query query(EntityManager em) {
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
