package org.complyscore.template.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;

/**
 * How the built-in baseline turns a NIST SP 800-53 control into an improvement action: its type,
 * purpose, enforcement, category and solution. The rules look at the control's family, its title
 * and NIST's implementation level, first match wins; docs/baseline.md explains them in words. They
 * are a sensible start, not a verdict: administrators can change any action.
 */
public final class BaselineRules {

  /** What the rules decide for one control. */
  public record Classification(
      ImplementationType implementationType,
      Purpose purpose,
      Enforcement enforcement,
      String category,
      String solution) {}

  /**
   * A control as the rules see it.
   *
   * @param familyId the family's OSCAL id, e.g. {@code ac}
   * @param title the control's own title
   * @param parentTitle an enhancement's parent control title; empty for a base control
   * @param implementationLevels NIST's implementation levels (organization, system)
   */
  public record Subject(
      String familyId, String title, String parentTitle, List<String> implementationLevels) {

    boolean isEnhancement() {
      return !parentTitle.isEmpty();
    }

    boolean isPolicyAndProcedures() {
      return !isEnhancement() && has(title, "policy and procedures");
    }

    /** Whether the title, with the parent's for an enhancement, has one of the words or phrases. */
    boolean mentions(String... phrases) {
      return has(parentTitle + " | " + title, phrases);
    }

    boolean inFamily(String... families) {
      return List.of(families).contains(familyId);
    }

    /**
     * Phrases match at the start of a word: "media" is not in "remediation", "device" is in
     * "devices".
     */
    static boolean has(String text, String... phrases) {
      String lower = text.toLowerCase(Locale.ROOT);
      for (String phrase : phrases) {
        if (Pattern.compile("\\b" + Pattern.quote(phrase)).matcher(lower).find()) {
          return true;
        }
      }
      return false;
    }
  }

  static final String POLICY_SOLUTION = "Policy and document management";

  private static final Map<String, String> CATEGORY_BY_FAMILY =
      Map.ofEntries(
          Map.entry("ac", "Control access"),
          Map.entry("ia", "Control access"),
          Map.entry("au", "Discover and respond"),
          Map.entry("ir", "Discover and respond"),
          Map.entry("mp", "Govern information"),
          Map.entry("cm", "Infrastructure"),
          Map.entry("cp", "Infrastructure"),
          Map.entry("ma", "Infrastructure"),
          Map.entry("pe", "Infrastructure"),
          Map.entry("ca", "Manage compliance"),
          Map.entry("pl", "Manage compliance"),
          Map.entry("pm", "Manage compliance"),
          Map.entry("ra", "Manage compliance"),
          Map.entry("sa", "Manage compliance"),
          Map.entry("sr", "Manage compliance"),
          Map.entry("at", "Manage internal risks"),
          Map.entry("ps", "Manage internal risks"),
          Map.entry("pt", "Privacy management"),
          Map.entry("si", "Protect against threats"),
          Map.entry("sc", "Protect information"));

  private static final Map<String, String> SOLUTION_BY_FAMILY =
      Map.ofEntries(
          Map.entry("ac", "Identity and access management"),
          Map.entry("ia", "Identity and access management"),
          Map.entry("au", "Security monitoring (SIEM)"),
          Map.entry("ir", "Incident management"),
          Map.entry("mp", "Media protection"),
          Map.entry("cm", "Endpoint and configuration management"),
          Map.entry("ma", "Endpoint and configuration management"),
          Map.entry("cp", "Backup and recovery"),
          Map.entry("pe", "Physical security"),
          Map.entry("ca", "Governance, risk and compliance"),
          Map.entry("pl", "Governance, risk and compliance"),
          Map.entry("pm", "Governance, risk and compliance"),
          Map.entry("ra", "Governance, risk and compliance"),
          Map.entry("sa", "Governance, risk and compliance"),
          Map.entry("sr", "Governance, risk and compliance"),
          Map.entry("at", "Security awareness training"),
          Map.entry("ps", "Human resources"),
          Map.entry("pt", "Privacy management"),
          Map.entry("si", "Threat protection"),
          Map.entry("sc", "Network and data protection"));

  private BaselineRules() {}

  public static Classification classify(Subject subject) {
    return new Classification(
        implementationType(subject),
        purpose(subject),
        subject.isEnhancement() ? Enforcement.DISCRETIONARY : Enforcement.MANDATORY,
        category(subject),
        solution(subject));
  }

  /**
   * Documentation for policies, plans and agreements (by the control's own title); technical where
   * NIST implements at the system level; operational otherwise.
   */
  static ImplementationType implementationType(Subject subject) {
    String own = subject.title().toLowerCase(Locale.ROOT).strip();
    if (subject.isPolicyAndProcedures()
        || own.endsWith(" plan")
        || own.endsWith(" plans")
        || Subject.has(own, "rules of behavior", "agreements", "documentation")) {
      return ImplementationType.DOCUMENTATION;
    }
    if (subject.implementationLevels().contains("system")) {
      return ImplementationType.TECHNICAL;
    }
    return ImplementationType.OPERATIONAL;
  }

  /**
   * Detective for watching and reviewing, corrective for response and recovery, else preventive.
   */
  static Purpose purpose(Subject subject) {
    if (subject.isPolicyAndProcedures()) {
      return Purpose.PREVENTIVE;
    }
    if (subject.inFamily("au")
        || subject.mentions(
            "monitoring",
            "audit",
            "review",
            "scanning",
            "detection",
            "alert",
            "inventory",
            "logging",
            "log use")) {
      return Purpose.DETECTIVE;
    }
    if (subject.inFamily("ir", "cp")
        || subject.mentions(
            "remediation", "recovery", "reconstitution", "backup", "response", "plan of action")) {
      return Purpose.CORRECTIVE;
    }
    return Purpose.PREVENTIVE;
  }

  static String category(Subject subject) {
    if (subject.inFamily("pt")
        || subject.mentions("personally identifiable", "privacy impact", "privacy notice")) {
      return "Privacy management";
    }
    if (subject.mentions("mobile device", "device", "component inventory", "wireless")) {
      return "Manage devices";
    }
    if (subject.inFamily("si", "sc")
        && subject.mentions("malicious code", "spam", "denial-of-service", "intrusion")) {
      return "Protect against threats";
    }
    if (subject.mentions("monitoring") && !subject.inFamily("au")) {
      return "Discover and respond";
    }
    if (subject.mentions("information management and retention")) {
      return "Govern information";
    }
    return CATEGORY_BY_FAMILY.getOrDefault(subject.familyId(), "Manage compliance");
  }

  static String solution(Subject subject) {
    if (implementationType(subject) == ImplementationType.DOCUMENTATION) {
      return POLICY_SOLUTION;
    }
    if (subject.mentions("vulnerability", "flaw remediation")) {
      return "Vulnerability management";
    }
    if (subject.mentions("monitoring") && !subject.inFamily("ca")) {
      return "Security monitoring (SIEM)";
    }
    if (subject.mentions(
        "mobile device", "device", "component inventory", "baseline configuration")) {
      return "Endpoint and configuration management";
    }
    if (subject.mentions("cryptographic", "key establishment")) {
      return "Encryption and key management";
    }
    if (subject.mentions("information management and retention")) {
      return "Governance, risk and compliance";
    }
    return SOLUTION_BY_FAMILY.getOrDefault(subject.familyId(), "Governance, risk and compliance");
  }
}
