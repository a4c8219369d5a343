package org.complyscore.assessment.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.complyscore.assessment.boundary.AssessmentService;
import org.complyscore.assessment.boundary.NewAssessment;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.view.Texts;
import org.complyscore.template.boundary.TemplateRow;
import org.complyscore.template.boundary.TemplateService;

/**
 * The create-assessment wizard ({@code /assessments/create}, F42): template, then name and group
 * (an existing one, or a new one that may start from another group's work), then a review, then
 * create. The service checks the group rules again when creating: the review is a courtesy.
 */
@Named
@ViewScoped
public class CreateAssessmentView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The wizard's steps, in order. */
  public enum Step {
    TEMPLATE,
    NAME_AND_GROUP,
    REVIEW
  }

  @Inject private AssessmentService assessments;
  @Inject private TemplateService templates;

  private Step step = Step.TEMPLATE;
  private List<TemplateRow> templateRows;
  private List<AssessmentService.GroupRef> groups;

  private Long templateId;
  private String name;
  private boolean newGroup = true;
  private Long groupId;
  private String newGroupName;
  private boolean copy;
  private Long copyFromGroupId;

  @PostConstruct
  void init() {
    templateRows = templates.list();
    groups = assessments.groups();
    String wanted =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("template");
    if (wanted != null && wanted.strip().matches("\\d{1,18}")) {
      long id = Long.parseLong(wanted.strip());
      if (templateRows.stream().anyMatch(t -> t.id() == id)) {
        templateId = id;
        step = Step.NAME_AND_GROUP;
      }
    }
  }

  /** Runs before rendering; the work was done when the bean was made. */
  public void onLoad() {
    // Nothing more to do.
  }

  public void next() {
    switch (step) {
      case TEMPLATE -> {
        if (getTemplate() == null) {
          FacesContext.getCurrentInstance()
              .addMessage(
                  "create:template",
                  new FacesMessage(
                      FacesMessage.SEVERITY_ERROR, Texts.get("create.template.required"), null));
          FacesContext.getCurrentInstance().validationFailed();
          return;
        }
        if (name == null || name.isBlank()) {
          name = getTemplate().title();
        }
        step = Step.NAME_AND_GROUP;
      }
      case NAME_AND_GROUP -> {
        if (checkNameAndGroup()) {
          step = Step.REVIEW;
        }
      }
      case REVIEW -> {
        // Creating is its own button.
      }
    }
  }

  public void back() {
    step = step == Step.REVIEW ? Step.NAME_AND_GROUP : Step.TEMPLATE;
  }

  /** The same checks the service makes, shown before the review; true when all pass. */
  private boolean checkNameAndGroup() {
    boolean ok = true;
    if (name == null || name.isBlank()) {
      fieldError("create:name", "create.name.required");
      ok = false;
    }
    if (newGroup && (newGroupName == null || newGroupName.isBlank())) {
      fieldError("create:new-group", "create.newGroup.required");
      ok = false;
    }
    if (!newGroup && groupId == null) {
      fieldError("create:group", "create.group.required");
      ok = false;
    }
    if (newGroup && copy && copyFromGroupId == null) {
      fieldError("create:copy-from", "create.copyFrom.required");
      ok = false;
    }
    return ok;
  }

  private static void fieldError(String clientId, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(key), null));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Creates the assessment and opens it; a refusal goes back to the step it is about. */
  public String create() {
    long id;
    try {
      id =
          assessments.create(
              new NewAssessment(
                  templateId,
                  name,
                  newGroup ? null : groupId,
                  newGroup ? newGroupName : null,
                  newGroup && copy ? copyFromGroupId : null));
    } catch (BusinessException refusal) {
      step = Step.NAME_AND_GROUP;
      Texts.addRefusal(
          refusal,
          Map.of(
              "name", "create:name",
              "group", "create:group",
              "newGroupName", "create:new-group",
              "copyFromGroupId", "create:copy-from"));
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    Texts.addGlobal(FacesMessage.SEVERITY_INFO, "create.created", name.strip());
    return "/assessments/details?faces-redirect=true&id=" + id;
  }

  public TemplateRow getTemplate() {
    return templateRows.stream()
        .filter(t -> templateId != null && t.id() == templateId)
        .findFirst()
        .orElse(null);
  }

  public String getGroupName() {
    return groups.stream()
        .filter(g -> groupId != null && g.id() == groupId)
        .map(AssessmentService.GroupRef::name)
        .findFirst()
        .orElse("");
  }

  public String getCopyFromName() {
    return groups.stream()
        .filter(g -> copyFromGroupId != null && g.id() == copyFromGroupId)
        .map(AssessmentService.GroupRef::name)
        .findFirst()
        .orElse("");
  }

  public Step getStep() {
    return step;
  }

  public Step[] getSteps() {
    return Step.values();
  }

  public List<TemplateRow> getTemplates() {
    return templateRows;
  }

  public List<AssessmentService.GroupRef> getGroups() {
    return groups;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isNewGroup() {
    return newGroup;
  }

  public void setNewGroup(boolean newGroup) {
    this.newGroup = newGroup;
  }

  public Long getGroupId() {
    return groupId;
  }

  public void setGroupId(Long groupId) {
    this.groupId = groupId;
  }

  public String getNewGroupName() {
    return newGroupName;
  }

  public void setNewGroupName(String newGroupName) {
    this.newGroupName = newGroupName;
  }

  public boolean isCopy() {
    return copy;
  }

  public void setCopy(boolean copy) {
    this.copy = copy;
  }

  public Long getCopyFromGroupId() {
    return copyFromGroupId;
  }

  public void setCopyFromGroupId(Long copyFromGroupId) {
    this.copyFromGroupId = copyFromGroupId;
  }
}
