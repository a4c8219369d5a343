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
import java.util.List;
import java.util.Optional;
import org.complyscore.shared.view.Texts;
import org.complyscore.template.boundary.TemplateDetails;
import org.complyscore.template.boundary.TemplateNotFoundException;
import org.complyscore.template.boundary.TemplateReview;
import org.complyscore.template.boundary.TemplateRow;
import org.complyscore.template.boundary.TemplateService;
import org.complyscore.template.control.TemplateFileException;
import org.complyscore.template.control.TemplateProblem;
import org.complyscore.template.control.TemplateStore;
import org.primefaces.model.file.UploadedFile;

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

  // Extending from a workbook: the upload (read at once, never kept), then its review.
  private transient UploadedFile extensionFile;
  private TemplateReview extension;
  private String extensionFileName;
  private List<TemplateProblem> problems = List.of();

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

  /** Reads the chosen workbook and shows what it would add; stores nothing. */
  public void reviewExtension() {
    extension = null;
    problems = List.of();
    UploadedFile file = extensionFile;
    extensionFile = null;
    String clientId = "template-form:extension-file";
    if (file == null || file.getFileName() == null || file.getFileName().isBlank()) {
      message(clientId, Texts.get("import.workbook.required"));
      return;
    }
    String role = Texts.get("import.workbook");
    Optional<TemplateUploads.Refusal> refusal =
        TemplateUploads.checkDeclared(
            role, file.getFileName(), file.getSize(), TemplateUploads.Kind.WORKBOOK);
    byte[] content = null;
    if (refusal.isEmpty()) {
      content = file.getContent();
      refusal =
          TemplateUploads.checkContent(
              role, file.getFileName(), content, TemplateUploads.Kind.WORKBOOK);
    }
    if (refusal.isPresent()) {
      message(clientId, refusal.get().message());
      return;
    }
    try {
      extension = templateService.reviewExtension(templateId, content);
      extensionFileName = TemplateUploads.describe(file.getFileName());
    } catch (TemplateFileException unreadable) {
      problems = unreadable.problems();
      Texts.addGlobal(FacesMessage.SEVERITY_ERROR, "import.workbook.problems", problems.size());
      FacesContext.getCurrentInstance().validationFailed();
    } catch (org.complyscore.shared.entity.BusinessException refused) {
      // A workbook for another template, or an empty one.
      message(clientId, refused.getMessage());
    }
  }

  /** Adds the reviewed workbook's controls and actions, as a new revision. */
  public void confirmExtension() {
    if (extension == null) {
      return;
    }
    TemplateReview reviewed = extension;
    extension = null;
    try {
      TemplateStore.Extension added = templateService.extend(templateId, reviewed.draft());
      Texts.addGlobal(
          FacesMessage.SEVERITY_INFO,
          "template.extended",
          added.controlsAdded(),
          added.actionsCreated(),
          added.linksAdded(),
          added.revision(),
          templateService.row(templateId).assessments());
    } catch (org.complyscore.shared.entity.BusinessException refused) {
      Texts.addRefusal(refused, java.util.Map.of());
    }
    load();
  }

  /** Drops the reviewed workbook; nothing was stored. */
  public void cancelExtension() {
    extension = null;
    problems = List.of();
  }

  private static void message(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    FacesContext.getCurrentInstance().validationFailed();
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

  /** The reviewed workbook's controls that the template does not have (by key, any case). */
  public long getNewControls() {
    if (extension == null) {
      return 0;
    }
    java.util.Set<String> current =
        details.families().stream()
            .flatMap(f -> f.controls().stream())
            .map(c -> c.key().toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toSet());
    return extension.draft().families().stream()
        .flatMap(f -> f.controls().stream())
        .filter(c -> !current.contains(c.key().toLowerCase(java.util.Locale.ROOT)))
        .count();
  }

  public TemplateReview getExtension() {
    return extension;
  }

  public String getExtensionFileName() {
    return extensionFileName;
  }

  public List<TemplateProblem> getProblems() {
    return problems;
  }

  public UploadedFile getExtensionFile() {
    return extensionFile;
  }

  public void setExtensionFile(UploadedFile extensionFile) {
    this.extensionFile = extensionFile;
  }

  public long getMaxFileBytes() {
    return TemplateUploads.MAX_FILE_BYTES;
  }

  public long getMaxFileMegabytes() {
    return TemplateUploads.MAX_FILE_MB;
  }

  public long getTemplateId() {
    return templateId;
  }
}
