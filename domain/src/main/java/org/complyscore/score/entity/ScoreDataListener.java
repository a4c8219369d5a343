package org.complyscore.score.entity;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * On the entities the score is computed from (action states, actions, solutions, categories,
 * assessments, groups, templates): any write changes the {@link ScoreDataVersion}. Writes that
 * bypass JPA (bulk JPQL, native SQL, another server of a cluster) are caught by the cache's time
 * limit instead.
 */
public class ScoreDataListener {

  @PostPersist
  @PostUpdate
  @PostRemove
  void changed(Object entity) {
    ScoreDataVersion.changed();
  }
}
