package org.complyscore.template.boundary;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How far a template import has come, for the progress bar: the import runs on its own thread and
 * the page asks this object, so neither waits for the other.
 */
public final class ImportProgress implements Serializable {

  private static final long serialVersionUID = 1L;

  private final AtomicInteger percent = new AtomicInteger();
  private final AtomicReference<Long> templateId = new AtomicReference<>();
  private final AtomicReference<String> failure = new AtomicReference<>();

  public int percent() {
    return percent.get();
  }

  void advance(int value) {
    percent.accumulateAndGet(Math.max(0, Math.min(100, value)), Math::max);
  }

  void succeeded(long id) {
    templateId.set(id);
    percent.set(100);
  }

  void failed(String message) {
    failure.set(message);
  }

  public boolean isDone() {
    return templateId.get() != null || failure.get() != null;
  }

  /** The stored template's id once it succeeded. */
  public Long templateId() {
    return templateId.get();
  }

  /** What went wrong, in words, once it failed. */
  public String failure() {
    return failure.get();
  }
}
