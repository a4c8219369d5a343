package org.complyscore.template.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.complyscore.action.entity.Enforcement;
import org.complyscore.action.entity.ImplementationType;
import org.complyscore.action.entity.Purpose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The baseline's classification rules, on controls that exercise each of them. */
class BaselineRulesTest {

  @ParameterizedTest(name = "{1} {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // family | title | parent title | levels | type | purpose | category | solution
        "ac | Policy and Procedures | | organization | DOCUMENTATION | PREVENTIVE | Control access | Policy and document management",
        "ac | Account Management | | organization | OPERATIONAL | PREVENTIVE | Control access | Identity and access management",
        "ac | Automated Audit Actions | Account Management | system | TECHNICAL | DETECTIVE | Control access | Identity and access management",
        "ac | Log Use of Privileged Functions | Least Privilege | system | TECHNICAL | DETECTIVE | Control access | Identity and access management",
        "ac | Access Control for Mobile Devices | | organization | OPERATIONAL | PREVENTIVE | Manage devices | Endpoint and configuration management",
        "au | Time Stamps | | system | TECHNICAL | DETECTIVE | Discover and respond | Security monitoring (SIEM)",
        "ir | Incident Handling | | organization | OPERATIONAL | CORRECTIVE | Discover and respond | Incident management",
        "ir | Incident Response Plan | | organization | DOCUMENTATION | CORRECTIVE | Discover and respond | Policy and document management",
        "cp | Contingency Plan Testing | | organization | OPERATIONAL | CORRECTIVE | Infrastructure | Backup and recovery",
        "cp | System Backup | | organization | OPERATIONAL | CORRECTIVE | Infrastructure | Backup and recovery",
        "ra | Vulnerability Monitoring and Scanning | | organization | OPERATIONAL | DETECTIVE | Discover and respond | Vulnerability management",
        "si | Flaw Remediation | | organization | OPERATIONAL | CORRECTIVE | Protect against threats | Vulnerability management",
        "si | Malicious Code Protection | | system | TECHNICAL | PREVENTIVE | Protect against threats | Threat protection",
        "si | System-generated Alerts | System Monitoring | system | TECHNICAL | DETECTIVE | Discover and respond | Security monitoring (SIEM)",
        "sc | Cryptographic Protection | | system | TECHNICAL | PREVENTIVE | Protect information | Encryption and key management",
        "sc | Mobile Code | | organization | OPERATIONAL | PREVENTIVE | Protect information | Network and data protection",
        "pl | System Security and Privacy Plans | | organization | DOCUMENTATION | PREVENTIVE | Manage compliance | Policy and document management",
        "pt | Consent | | organization | OPERATIONAL | PREVENTIVE | Privacy management | Privacy management",
        "ps | Access Agreements | | organization | DOCUMENTATION | PREVENTIVE | Manage internal risks | Policy and document management",
        "ma | Inspect Media | Maintenance Tools | organization | OPERATIONAL | PREVENTIVE | Infrastructure | Endpoint and configuration management",
      })
  void classifiesByFamilyTitleAndImplementationLevel(
      String family,
      String title,
      String parentTitle,
      String levels,
      ImplementationType type,
      Purpose purpose,
      String category,
      String solution) {
    List<String> implementationLevels = Arrays.asList(levels.split(" "));
    BaselineRules.Classification classification =
        BaselineRules.classify(
            new BaselineRules.Subject(
                family, title, parentTitle == null ? "" : parentTitle, implementationLevels));

    assertThat(classification)
        .isEqualTo(
            new BaselineRules.Classification(
                type,
                purpose,
                parentTitle == null ? Enforcement.MANDATORY : Enforcement.DISCRETIONARY,
                category,
                solution));
  }
}
