/** Assessments and templates for callers: the built-in baseline at first start. */
package org.complyscore.assessment.boundary;
