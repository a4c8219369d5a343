package org.complyscore.template.boundary;

import org.complyscore.assessment.entity.TemplateSource;

/**
 * One line of the Templates page (F44): the template as it is now.
 *
 * @param actions its distinct improvement actions
 * @param maximumScore the points an assessment of it can earn at most
 * @param assessments how many assessments were made from it
 * @param assessmentsBehind how many of them have not accepted its latest revision
 */
public record TemplateRow(
    long id,
    String title,
    String product,
    String regulation,
    String version,
    TemplateSource source,
    String sourceReference,
    int revision,
    long families,
    long controls,
    long actions,
    long maximumScore,
    long assessments,
    long assessmentsBehind) {}
