package org.complyscore.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.function.Function;

/** What every benchmark measures with: percentiles of times, and a call as a request makes it. */
final class Measuring {

  private Measuring() {}

  /** The nearest-rank percentile. */
  static double percentile(double[] values, int percent) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)];
  }

  /** A fresh entity manager per call, as a request gets in the application. */
  static <T> T inRequest(EntityManagerFactory factory, Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      return work.apply(em);
    } finally {
      em.close();
    }
  }
}
