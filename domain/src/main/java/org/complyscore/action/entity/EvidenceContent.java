package org.complyscore.action.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The bytes of an evidence file, apart from its description so that listing evidence never loads
 * them. Kept in the database: a cluster of servers then needs no shared disk, and a backup of the
 * database is a backup of the evidence.
 */
@Entity
@Table(name = "evidence_content")
public class EvidenceContent {

  @Id
  @Column(name = "evidence_id")
  private Long id;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evidence_id")
  private Evidence evidence;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected EvidenceContent() {}

  public EvidenceContent(Evidence evidence, byte[] content) {
    this.evidence = Objects.requireNonNull(evidence, "Content belongs to an evidence file.");
    this.content = Objects.requireNonNull(content, "An evidence file has content.");
  }

  public Evidence getEvidence() {
    return evidence;
  }

  public byte[] getContent() {
    return content;
  }
}
