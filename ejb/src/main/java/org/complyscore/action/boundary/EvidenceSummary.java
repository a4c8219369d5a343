package org.complyscore.action.boundary;

import java.time.Instant;
import org.complyscore.action.entity.EvidenceKind;

/**
 * A piece of evidence as lists show it.
 *
 * @param url the link of a {@code LINK}; {@code null} for a file (download it by id)
 * @param sizeBytes a file's size; {@code null} for a link
 * @param sha256 a file's SHA-256 in hex; {@code null} for a link
 * @param inherited shown because this action mirrors a parent action, whose evidence it is
 */
public record EvidenceSummary(
    long id,
    EvidenceKind kind,
    String name,
    String url,
    Long sizeBytes,
    String sha256,
    String addedBy,
    Instant addedAt,
    boolean inherited)
    implements java.io.Serializable {}
