package org.complyscore.access.entity;

/**
 * What a signed-in person may do. Roles bundle permissions; the identity store hands a caller's
 * permissions to the container as groups, so pages, REST resources and services check permissions
 * ({@code @RolesAllowed(Permission.Names.EDIT_TESTING)}), never role names.
 */
public enum Permission {
  /** See the overview, improvement actions, solutions, assessments, templates and evidence. */
  VIEW,
  /** Edit implementation status, date and notes; upload evidence; assign actions. */
  EDIT_IMPLEMENTATION,
  /** Edit test status, date and notes. */
  EDIT_TESTING,
  /** Create, rename and delete assessments. */
  MANAGE_ASSESSMENTS,
  /** Import, extend and modify templates. */
  MANAGE_TEMPLATES,
  /** Edit solutions: name, description, URL. */
  MANAGE_SOLUTIONS,
  /** Switch automated testing on or off for one action and edit its testing logic. */
  MANAGE_AUTOMATION,
  /** Create and revoke API tokens. */
  MANAGE_API_TOKENS,
  /** Invite people by e-mail. */
  INVITE_USERS,
  /** List users, grant the roles up to Assessor, deactivate and reactivate, reassign actions. */
  MANAGE_USERS,
  /** Grant the Administrator and Owner roles. */
  GRANT_PRIVILEGED_ROLES,
  /** Read the audit log. */
  VIEW_AUDIT_LOG,
  /** Switch automated testing on or off for all actions at once. */
  SWITCH_AUTOMATION_FOR_ALL,
  /**
   * Post signals of automated monitoring. No role has it: only an API token with the scope {@code
   * signals:write} does, so a person's session cannot pose as a scanner.
   */
  SUBMIT_SIGNALS;

  /**
   * The permission names as compile-time constants, for {@code @RolesAllowed} and {@code web.xml};
   * {@code PermissionTest} keeps them equal to the enum's names.
   */
  public static final class Names {
    public static final String VIEW = "VIEW";
    public static final String EDIT_IMPLEMENTATION = "EDIT_IMPLEMENTATION";
    public static final String EDIT_TESTING = "EDIT_TESTING";
    public static final String MANAGE_ASSESSMENTS = "MANAGE_ASSESSMENTS";
    public static final String MANAGE_TEMPLATES = "MANAGE_TEMPLATES";
    public static final String MANAGE_SOLUTIONS = "MANAGE_SOLUTIONS";
    public static final String MANAGE_AUTOMATION = "MANAGE_AUTOMATION";
    public static final String MANAGE_API_TOKENS = "MANAGE_API_TOKENS";
    public static final String INVITE_USERS = "INVITE_USERS";
    public static final String MANAGE_USERS = "MANAGE_USERS";
    public static final String GRANT_PRIVILEGED_ROLES = "GRANT_PRIVILEGED_ROLES";
    public static final String VIEW_AUDIT_LOG = "VIEW_AUDIT_LOG";
    public static final String SWITCH_AUTOMATION_FOR_ALL = "SWITCH_AUTOMATION_FOR_ALL";
    public static final String SUBMIT_SIGNALS = "SUBMIT_SIGNALS";

    private Names() {}
  }
}
