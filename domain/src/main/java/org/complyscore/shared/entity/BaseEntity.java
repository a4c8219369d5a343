package org.complyscore.shared.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Identity, optimistic locking and timestamps shared by every entity.
 *
 * <p>Ids come from one database sequence: SEQUENCE works the same on H2 and PostgreSQL, whereas
 * IDENTITY columns break EclipseLink's DDL on H2 2.x. The allocation size matches the sequence's
 * {@code INCREMENT BY} in the first migration, so EclipseLink hands out 50 ids per round trip.
 */
@MappedSuperclass
public abstract class BaseEntity {

  static final String ID_GENERATOR = "id_generator";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = ID_GENERATOR)
  @SequenceGenerator(name = ID_GENERATOR, sequenceName = "id_sequence", allocationSize = 50)
  private Long id;

  /** Optimistic lock: two people saving the same record cannot overwrite each other silently. */
  @Version private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  @PrePersist
  void onCreate() {
    createdAt = now();
    modifiedAt = createdAt;
  }

  @PreUpdate
  void onUpdate() {
    modifiedAt = now();
  }

  /**
   * Both databases keep microseconds; truncating keeps the value in memory equal to the stored one.
   */
  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || getClass() != other.getClass()) {
      return false;
    }
    return id != null && id.equals(((BaseEntity) other).id);
  }

  /** Constant per class, so an entity keeps its hash code when it receives its id on persist. */
  @Override
  public int hashCode() {
    return getClass().hashCode();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[id=" + id + "]";
  }
}
