package org.complyscore.assessment.entity;

/** Where a template came from. */
public enum TemplateSource {
  BUILT_IN,
  OSCAL,
  EXCEL
}
