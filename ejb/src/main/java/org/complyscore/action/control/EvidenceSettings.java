package org.complyscore.action.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits of evidence uploads, from MicroProfile Config ({@code COMPLYSCORE_EVIDENCE_MAX_FILE_MB} in
 * the environment).
 */
@ApplicationScoped
public class EvidenceSettings {

  @Inject
  @ConfigProperty(name = "complyscore.evidence.max-file-mb", defaultValue = "50")
  long maxFileMegabytes;

  /** The most bytes one evidence file may have: 50 MB unless configured otherwise. */
  public long maxFileBytes() {
    return Math.max(1, maxFileMegabytes) * 1024 * 1024;
  }
}
