package org.complyscore.template.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.complyscore.shared.view.Texts;
import org.complyscore.template.boundary.ImportProgress;
import org.complyscore.template.boundary.TemplateNotFoundException;
import org.complyscore.template.boundary.TemplateReview;
import org.complyscore.template.boundary.TemplateRow;
import org.complyscore.template.boundary.TemplateService;
import org.complyscore.template.control.OscalFormatException;
import org.complyscore.template.control.TemplateFileException;
import org.complyscore.template.control.TemplateProblem;
import org.complyscore.template.view.TemplateUploads.Kind;
import org.complyscore.template.view.TemplateUploads.Refusal;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing a template ({@code /templates/import}, F45, F46): choose an OSCAL catalog (with a
 * profile, optionally) or an Excel workbook; review what would be imported and settle its title,
 * product and regulation; confirm, and watch the import run on its own thread. Nothing is stored
 * before the confirmation, so leaving or cancelling at any earlier step leaves no trace.
 */
@Named
@ViewScoped
public class TemplateImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How long a finished import may take to become visible before the page calls it failed. */
  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(60);

  static final String CATALOG_ID = "import-form:catalog";
  static final String PROFILE_ID = "import-form:profile";
  static final String WORKBOOK_ID = "import-form:workbook";

  /** Where the template comes from. */
  public enum From {
    OSCAL,
    EXCEL
  }

  /** The page's steps, in order. */
  public enum Step {
    CHOOSE,
    REVIEW,
    IMPORTING,
    DONE
  }

  @Inject private TemplateService templateService;

  private From from = From.OSCAL;
  private Step step = Step.CHOOSE;

  // Step 1: the uploads of the request that asks for the review (read at once, never kept).
  private transient UploadedFile catalogFile;
  private transient UploadedFile profileFile;
  private transient UploadedFile workbookFile;
  private List<TemplateProblem> problems = List.of();

  // Step 2: what would be imported, and the names the person settles on.
  private TemplateReview review;
  private String fileNames;
  private Set<String> takenTitles = Set.of();
  private String title;
  private String product;
  private String regulation;

  // Step 3.
  private ImportProgress progress;
  private Instant reportedDoneAt;
  private Long templateId;

  @PostConstruct
  void init() {
    String asked =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("from");
    if ("excel".equalsIgnoreCase(asked)) {
      from = From.EXCEL;
    }
  }

  /** Step 1 → 2: reads the chosen files and shows what they hold; stores nothing. */
  public void review() {
    problems = List.of();
    Optional<TemplateReview> reading = from == From.OSCAL ? reviewOscal() : reviewWorkbook();
    catalogFile = null;
    profileFile = null;
    workbookFile = null;
    reading.ifPresent(this::showReview);
  }

  private Optional<TemplateReview> reviewOscal() {
    byte[] catalog = read(CATALOG_ID, Texts.get("import.catalog"), catalogFile, Kind.OSCAL_CATALOG);
    byte[] profile = read(PROFILE_ID, Texts.get("import.profile"), profileFile, Kind.OSCAL_PROFILE);
    if (!isChosen(catalogFile)) {
      message(
          CATALOG_ID,
          Texts.get(
              isChosen(profileFile)
                  ? "import.catalog.neededByProfile"
                  : "import.catalog.required"));
    }
    if (catalog == null || (isChosen(profileFile) && profile == null)) {
      failed();
      return Optional.empty();
    }
    try {
      fileNames =
          TemplateUploads.describe(catalogFile.getFileName())
              + (profile == null
                  ? ""
                  : " + " + TemplateUploads.describe(profileFile.getFileName()));
      return Optional.of(templateService.reviewOscal(catalog, profile));
    } catch (OscalFormatException unreadable) {
      // Next to the file the message most likely concerns.
      boolean aboutProfile =
          profile != null && unreadable.getMessage().toLowerCase(Locale.ROOT).contains("profile");
      message(aboutProfile ? PROFILE_ID : CATALOG_ID, unreadable.getMessage());
      failed();
      return Optional.empty();
    }
  }

  private Optional<TemplateReview> reviewWorkbook() {
    byte[] workbook = read(WORKBOOK_ID, Texts.get("import.workbook"), workbookFile, Kind.WORKBOOK);
    if (!isChosen(workbookFile)) {
      message(WORKBOOK_ID, Texts.get("import.workbook.required"));
    }
    if (workbook == null) {
      failed();
      return Optional.empty();
    }
    fileNames = TemplateUploads.describe(workbookFile.getFileName());
    try {
      return Optional.of(templateService.reviewExcel(workbook));
    } catch (TemplateFileException unreadable) {
      problems = unreadable.problems();
      Texts.addGlobal(FacesMessage.SEVERITY_ERROR, "import.workbook.problems", problems.size());
      failed();
      return Optional.empty();
    }
  }

  private void showReview(TemplateReview reading) {
    review = reading;
    title = reading.draft().title();
    product = reading.draft().product();
    regulation = reading.draft().regulation();
    takenTitles =
        templateService.list().stream().map(TemplateRow::title).collect(Collectors.toSet());
    step = Step.REVIEW;
  }

  /**
   * A chosen file's bytes once it passes the checks; {@code null} when none was chosen or it is
   * refused, with the refusal next to its upload. An oversize file is refused before it is read.
   */
  private byte[] read(String clientId, String role, UploadedFile file, Kind kind) {
    if (!isChosen(file)) {
      return null;
    }
    Optional<Refusal> refusal =
        TemplateUploads.checkDeclared(role, file.getFileName(), file.getSize(), kind);
    if (refusal.isEmpty()) {
      byte[] content = file.getContent();
      refusal = TemplateUploads.checkContent(role, file.getFileName(), content, kind);
      if (refusal.isEmpty()) {
        return content;
      }
    }
    message(clientId, refusal.get().message());
    return null;
  }

  private static boolean isChosen(UploadedFile file) {
    return file != null && file.getFileName() != null && !file.getFileName().isBlank();
  }

  private static void message(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private static void failed() {
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Step 2 → 3: starts the import on its own thread; the page polls its progress. */
  public void confirm() {
    if (review == null || step != Step.REVIEW) {
      return;
    }
    if (isTitleTaken()) {
      message("import-form:title", Texts.get("import.titleTaken", title.strip()));
      failed();
      return;
    }
    progress = new ImportProgress();
    reportedDoneAt = null;
    step = Step.IMPORTING;
    templateService.importInBackground(review.draft(), title, product, regulation, progress);
  }

  /**
   * The progress bar's poll. The import reports its id before its transaction commits, so the page
   * waits until the template can be read before it links to it.
   */
  public void poll() {
    if (step != Step.IMPORTING || progress == null || !progress.isDone()) {
      return;
    }
    if (progress.failure() != null) {
      Texts.addGlobalText(FacesMessage.SEVERITY_ERROR, progress.failure());
      backToReview();
      return;
    }
    Instant now = Instant.now();
    if (reportedDoneAt == null) {
      reportedDoneAt = now;
    }
    if (isReadable(progress.templateId())) {
      templateId = progress.templateId();
      step = Step.DONE;
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "import.done", title.strip());
      PrimeFaces.current().ajax().update("import-form");
    } else if (Duration.between(reportedDoneAt, now).compareTo(VISIBLE_WITHIN) > 0) {
      Texts.addGlobal(FacesMessage.SEVERITY_ERROR, "import.lost");
      backToReview();
    }
  }

  private void backToReview() {
    progress = null;
    step = Step.REVIEW;
    takenTitles =
        templateService.list().stream().map(TemplateRow::title).collect(Collectors.toSet());
    PrimeFaces.current().ajax().update("import-form");
  }

  private boolean isReadable(long id) {
    try {
      templateService.row(id);
      return true;
    } catch (TemplateNotFoundException notYetCommitted) {
      return false;
    }
  }

  /** Step 2 → 1: other files. */
  public void back() {
    review = null;
    problems = List.of();
    step = Step.CHOOSE;
  }

  /** Leaves the page; nothing was stored. */
  public String cancel() {
    return "/templates/list?faces-redirect=true";
  }

  /** Whether a template has the title as typed now. */
  public boolean isTitleTaken() {
    return title != null && takenTitles.contains(title.strip());
  }

  public int getPercent() {
    return progress == null ? 0 : progress.percent();
  }

  /** The poll stops once the import is over. */
  public boolean isPollingStopped() {
    return step != Step.IMPORTING;
  }

  public long getMaxFileMegabytes() {
    return TemplateUploads.MAX_FILE_MB;
  }

  public long getMaxFileBytes() {
    return TemplateUploads.MAX_FILE_BYTES;
  }

  public List<From> getSources() {
    return List.of(From.values());
  }

  public List<TemplateReview.FamilyCount> getFamilies() {
    return review == null ? List.of() : review.families();
  }

  public From getFrom() {
    return from;
  }

  public void setFrom(From from) {
    this.from = from == null ? From.OSCAL : from;
  }

  public Step getStep() {
    return step;
  }

  public TemplateReview getReview() {
    return review;
  }

  public String getFileNames() {
    return fileNames;
  }

  public List<TemplateProblem> getProblems() {
    return problems;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public UploadedFile getCatalogFile() {
    return catalogFile;
  }

  public void setCatalogFile(UploadedFile catalogFile) {
    this.catalogFile = catalogFile;
  }

  public UploadedFile getProfileFile() {
    return profileFile;
  }

  public void setProfileFile(UploadedFile profileFile) {
    this.profileFile = profileFile;
  }

  public UploadedFile getWorkbookFile() {
    return workbookFile;
  }

  public void setWorkbookFile(UploadedFile workbookFile) {
    this.workbookFile = workbookFile;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProduct() {
    return product;
  }

  public void setProduct(String product) {
    this.product = product;
  }

  public String getRegulation() {
    return regulation;
  }

  public void setRegulation(String regulation) {
    this.regulation = regulation;
  }
}
