package org.complyscore.shared.rest;

import org.complyscore.shared.entity.InvalidInputException;

/** The {@code first} and {@code size} query parameters of a paged list, checked. */
public record PageParameters(int first, int size) {

  /** The page asked for, or a 400 naming the parameter when it is out of range. */
  public static PageParameters of(int first, int size, int maxSize) {
    if (first < 0) {
      throw new InvalidInputException("first", "first counts from 0; it cannot be negative.");
    }
    if (size < 1 || size > maxSize) {
      throw new InvalidInputException("size", "size is between 1 and " + maxSize + ".");
    }
    return new PageParameters(first, size);
  }
}
