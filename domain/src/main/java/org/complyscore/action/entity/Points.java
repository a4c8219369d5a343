package org.complyscore.action.entity;

/**
 * What completing an improvement action is worth: 1 to 99 points. Without a value from the
 * template, the product's default table applies (scoring rule 1).
 */
public final class Points {

  public static final int MIN = 1;
  public static final int MAX = 99;

  private Points() {}

  /**
   * The default points: Preventive 27 / 9, Detective 3 / 1, Corrective 3 / 1 (mandatory /
   * discretionary).
   */
  public static int defaultFor(Purpose purpose, Enforcement enforcement) {
    boolean mandatory = enforcement == Enforcement.MANDATORY;
    return switch (purpose) {
      case PREVENTIVE -> mandatory ? 27 : 9;
      case DETECTIVE, CORRECTIVE -> mandatory ? 3 : 1;
    };
  }

  /** The points, checked to be a whole number from 1 to 99. */
  public static int checked(int points) {
    if (points < MIN || points > MAX) {
      throw new IllegalArgumentException(
          "Points must be a whole number from " + MIN + " to " + MAX + ", not " + points + ".");
    }
    return points;
  }
}
