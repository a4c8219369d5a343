package org.complyscore.action.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.complyscore.access.control.UserDirectory;
import org.complyscore.access.entity.Permission;
import org.complyscore.access.entity.User;
import org.complyscore.action.control.ActionHistory;
import org.complyscore.action.control.EvidenceFileType;
import org.complyscore.action.control.EvidenceFiles;
import org.complyscore.action.control.EvidenceSettings;
import org.complyscore.action.entity.ActionState;
import org.complyscore.action.entity.Evidence;
import org.complyscore.action.entity.EvidenceContent;
import org.complyscore.shared.control.Secrets;

/**
 * Evidence of improvement actions (F25): files checked by name and content and stored in the
 * database with their SHA-256, and http(s) links. Everybody may read and download; Contributors and
 * above add; deleting stops once the action is Passed, Failed or Out of scope. Every addition and
 * deletion is in the action's history.
 */
@Stateless
public class EvidenceService {

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext session;

  @Inject private UserDirectory users;

  @Inject private ActionHistory history;

  @Inject private EvidenceSettings settings;

  /**
   * The evidence an action shows: its own, or its parent's when it mirrors one (the parent's
   * parent's, and so on).
   */
  @RolesAllowed(Permission.Names.VIEW)
  public List<EvidenceSummary> evidence(long stateId) {
    ActionState state = state(stateId);
    ActionState owner = state;
    while (owner.getParent().isPresent()) {
      owner = owner.getParent().get();
    }
    boolean inherited = owner != state;
    return em
        .createNamedQuery(Evidence.FIND_BY_STATE, Evidence.class)
        .setParameter("state", owner)
        .getResultList()
        .stream()
        .map(evidence -> summary(evidence, inherited))
        .toList();
  }

  /**
   * Adds a file after checking its name, size and content.
   *
   * @param submittedName the name the browser sent, possibly with a path
   */
  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public EvidenceSummary upload(long stateId, String submittedName, byte[] content) {
    ActionState state = state(stateId);
    state.refuseEvidenceChange();
    String name = EvidenceFiles.safeFileName(submittedName);
    EvidenceFileType type = EvidenceFiles.check(name, content, settings.maxFileBytes());
    User person = caller();
    Evidence evidence =
        Evidence.file(
            state, name, type.contentType(), content.length, Secrets.sha256Hex(content), person);
    em.persist(evidence);
    em.persist(new EvidenceContent(evidence, content));
    history.recordEvidence(state, person, null, name);
    return summary(evidence, false);
  }

  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public EvidenceSummary addLink(long stateId, String title, String url) {
    ActionState state = state(stateId);
    User person = caller();
    Evidence evidence = Evidence.link(state, title, url, person);
    em.persist(evidence);
    history.recordEvidence(state, person, null, evidence.getName() + " <" + url.strip() + ">");
    return summary(evidence, false);
  }

  @RolesAllowed(Permission.Names.EDIT_IMPLEMENTATION)
  public void delete(long evidenceId) {
    Evidence evidence = find(evidenceId);
    ActionState state = evidence.getState();
    state.refuseEvidenceRemoval();
    EvidenceContent content = em.find(EvidenceContent.class, evidenceId);
    if (content != null) {
      em.remove(content);
    }
    em.remove(evidence);
    history.recordEvidence(state, caller(), describe(evidence), null);
  }

  @RolesAllowed(Permission.Names.VIEW)
  public EvidenceDownload download(long evidenceId) {
    Evidence evidence = find(evidenceId);
    EvidenceContent content = em.find(EvidenceContent.class, evidenceId);
    if (!evidence.isFile() || content == null) {
      throw new EvidenceNotFoundException(evidenceId);
    }
    return new EvidenceDownload(
        evidence.getName(),
        evidence.getContentType().orElseThrow(),
        evidence.getSha256().orElseThrow(),
        content.getContent());
  }

  /** The most bytes one file may have, as configured. */
  @RolesAllowed(Permission.Names.VIEW)
  public long maxFileBytes() {
    return settings.maxFileBytes();
  }

  private static String describe(Evidence evidence) {
    return evidence
        .getUrl()
        .map(url -> evidence.getName() + " <" + url + ">")
        .orElse(evidence.getName());
  }

  private static EvidenceSummary summary(Evidence evidence, boolean inherited) {
    return new EvidenceSummary(
        evidence.getId(),
        evidence.getKind(),
        evidence.getName(),
        evidence.getUrl().orElse(null),
        evidence.getSizeBytes().orElse(null),
        evidence.getSha256().orElse(null),
        evidence.getAddedBy().getDisplayName(),
        evidence.getCreatedAt(),
        inherited);
  }

  private Evidence find(long evidenceId) {
    Evidence evidence = em.find(Evidence.class, evidenceId);
    if (evidence == null) {
      throw new EvidenceNotFoundException(evidenceId);
    }
    return evidence;
  }

  private ActionState state(long stateId) {
    ActionState state = em.find(ActionState.class, stateId);
    if (state == null) {
      throw new ActionStateNotFoundException(stateId);
    }
    return state;
  }

  private User caller() {
    return users.signedIn(session.getCallerPrincipal());
  }
}
