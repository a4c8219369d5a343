package org.complyscore.action.entity;

/** What a piece of evidence is: an uploaded file, or a link to where the proof lives. */
public enum EvidenceKind {
  FILE,
  LINK
}
