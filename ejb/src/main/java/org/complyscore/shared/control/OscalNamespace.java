package org.complyscore.shared.control;

/**
 * The namespace of ComplyScore's own OSCAL props, in what it writes (assessment results) and what
 * it reads (testing logic in a catalog's controls). A prop's meaning belongs to its namespace: a
 * prop of the same name from another publisher is theirs.
 */
public final class OscalNamespace {

  public static final String COMPLYSCORE = "urn:complyscore:oscal";

  private OscalNamespace() {}
}
