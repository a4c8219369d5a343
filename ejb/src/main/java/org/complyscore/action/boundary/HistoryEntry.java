package org.complyscore.action.boundary;

import java.time.Instant;
import org.complyscore.action.entity.ChangeOrigin;

/**
 * One recorded change of an improvement action: who changed which field when, from what to what.
 *
 * @param who the person's display name; for automation or a parent action, what made the change
 * @param field the field's key, e.g. {@code implementationStatus}, {@code evidence}
 * @param oldValue {@code null} when the field was empty
 * @param newValue {@code null} when the field is now empty
 */
public record HistoryEntry(
    Instant at, String who, ChangeOrigin origin, String field, String oldValue, String newValue)
    implements java.io.Serializable {}
