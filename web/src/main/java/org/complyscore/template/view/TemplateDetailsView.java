package org.complyscore.template.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.complyscore.shared.view.Texts;
import org.complyscore.template.boundary.TemplateDetails;
import org.complyscore.template.boundary.TemplateNotFoundException;
import org.complyscore.template.boundary.TemplateRow;
import org.complyscore.template.boundary.TemplateService;

/**
 * A template's page ({@code /templates/details?id=…}, F44, F47): its numbers, its families with
 * their controls and actions; Administrators extend it from a workbook and take controls out, each
 * a new revision that the assessments made from it are offered as a pending update.
 */
@Named
@ViewScoped
public class TemplateDetailsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TemplateService templateService;

  private long templateId;
  private TemplateDetails details;

  /** Why there is nothing to show (an id that is not a number, or names no template). */
  private String missing;

  /** The page's view action: creating the bean did the work. */
  public void onLoad() {
    if (missing != null) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  @PostConstruct
  void init() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String id = external.getRequestParameterMap().get("id");
    if (id == null || id.isBlank()) {
      // No template named: the list is where one is chosen.
      try {
        external.redirect(external.getRequestContextPath() + "/templates/list");
        FacesContext.getCurrentInstance().responseComplete();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot redirect", e);
      }
      return;
    }
    try {
      templateId = Long.parseLong(id.strip());
    } catch (NumberFormatException e) {
      missing = Texts.get("template.badId", id.length() > 20 ? id.substring(0, 20) + "…" : id);
      return;
    }
    try {
      load();
    } catch (TemplateNotFoundException e) {
      missing = e.getMessage();
    }
  }

  private void load() {
    details = templateService.details(templateId);
  }

  /** Takes a control out of the template, as a new revision. */
  public void remove(TemplateDetails.ControlLine control) {
    if (Texts.attempt(() -> templateService.removeControl(templateId, control.id()))) {
      TemplateRow row = templateService.row(templateId);
      Texts.addGlobal(
          FacesMessage.SEVERITY_INFO,
          "template.removed",
          control.key(),
          row.revision(),
          row.assessments());
    }
    load();
  }

  /** What the confirmation asks: which control, and what happens to the assessments. */
  public String removalQuestion(TemplateDetails.ControlLine control) {
    return Texts.get("template.remove.confirm", control.key(), details.row().assessments());
  }

  public TemplateDetails getDetails() {
    return details;
  }

  public TemplateRow getRow() {
    return details == null ? null : details.row();
  }

  public String getMissing() {
    return missing;
  }

  public long getTemplateId() {
    return templateId;
  }
}
