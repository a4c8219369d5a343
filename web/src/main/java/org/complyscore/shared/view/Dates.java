package org.complyscore.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Moments as the pages show them, in the server's time zone: {@code
 * #{dates.minutes(user.lastSignInAt())}}. (Faces' date converter formats {@code java.util.Date}
 * only when given a pattern.)
 */
@Named
@ApplicationScoped
public class Dates {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

  public String minutes(Instant moment) {
    return moment == null ? "" : MINUTES.format(moment);
  }

  /** Today in the server's time zone: the latest date a status can have happened. */
  public java.time.LocalDate getToday() {
    return java.time.LocalDate.now();
  }

  public String seconds(Instant moment) {
    return moment == null ? "" : SECONDS.format(moment);
  }
}
