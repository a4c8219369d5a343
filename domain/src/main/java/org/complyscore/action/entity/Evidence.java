package org.complyscore.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import org.complyscore.access.entity.User;
import org.complyscore.shared.entity.BaseEntity;
import org.complyscore.shared.entity.InvalidInputException;
import org.complyscore.shared.entity.WebAddress;

/**
 * Proof that an improvement action is in place (F25): a file (bytes in {@link EvidenceContent},
 * checked and named safely before it gets here) or an http(s) link. Who added it and when are kept.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(
    name = Evidence.FIND_BY_STATE,
    query =
        "select e from Evidence e join fetch e.addedBy where e.state = :state"
            + " order by e.createdAt, e.id")
public class Evidence extends BaseEntity {

  public static final String FIND_BY_STATE = "Evidence.findByState";
  public static final int NAME_MAX = 255;
  public static final int URL_MAX = WebAddress.MAX;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "action_state_id", nullable = false, updatable = false)
  private ActionState state;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10, updatable = false)
  private EvidenceKind kind;

  @Column(nullable = false, length = NAME_MAX, updatable = false)
  private String name;

  @Column(length = URL_MAX, updatable = false)
  private String url;

  @Column(name = "content_type", length = 150, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", updatable = false)
  private Long sizeBytes;

  @Column(length = 64, updatable = false)
  private String sha256;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "added_by_id", nullable = false, updatable = false)
  private User addedBy;

  protected Evidence() {}

  private Evidence(ActionState state, EvidenceKind kind, String name, User addedBy) {
    state.refuseEvidenceChange();
    this.state = state;
    this.kind = kind;
    this.name = name;
    this.addedBy = Objects.requireNonNull(addedBy, "Evidence needs the person who adds it.");
  }

  /**
   * A file whose name and content have been checked.
   *
   * @param safeName a name without path or control characters
   * @param sha256 the content's SHA-256 as 64 lower-case hex digits
   */
  public static Evidence file(
      ActionState state,
      String safeName,
      String contentType,
      long sizeBytes,
      String sha256,
      User addedBy) {
    Evidence evidence = new Evidence(state, EvidenceKind.FILE, safeName, addedBy);
    evidence.contentType = contentType;
    evidence.sizeBytes = sizeBytes;
    evidence.sha256 = sha256;
    return evidence;
  }

  /**
   * A link to proof kept elsewhere. Only absolute http and https addresses: anything else (a {@code
   * javascript:} URL, a file path) could run or leak something when someone clicks it.
   *
   * @param title what the link shows; the address when blank
   */
  public static Evidence link(ActionState state, String title, String address, User addedBy) {
    String url = WebAddress.checked("url", "link", address);
    // Without a title the address is the name; a long one is shortened to fit.
    String shown =
        title == null || title.isBlank()
            ? (url.length() > NAME_MAX ? url.substring(0, NAME_MAX - 1) + "…" : url)
            : title.strip();
    if (shown.length() > NAME_MAX) {
      throw new InvalidInputException(
          "title", "A link's title has at most " + NAME_MAX + " characters.");
    }
    Evidence evidence = new Evidence(state, EvidenceKind.LINK, shown, addedBy);
    evidence.url = url;
    return evidence;
  }

  public ActionState getState() {
    return state;
  }

  public EvidenceKind getKind() {
    return kind;
  }

  public boolean isFile() {
    return kind == EvidenceKind.FILE;
  }

  public String getName() {
    return name;
  }

  public Optional<String> getUrl() {
    return Optional.ofNullable(url);
  }

  public Optional<String> getContentType() {
    return Optional.ofNullable(contentType);
  }

  public Optional<Long> getSizeBytes() {
    return Optional.ofNullable(sizeBytes);
  }

  public Optional<String> getSha256() {
    return Optional.ofNullable(sha256);
  }

  public User getAddedBy() {
    return addedBy;
  }
}
