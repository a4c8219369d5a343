package org.complyscore.template.control;

import java.util.List;
import java.util.Map;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.entity.TestingLogic;

/**
 * The testing logic the built-in baseline carries (F31): the controls whose actions the sample
 * collector ({@code server-config/collectors}) can test on the host it runs on, by OSCAL control
 * id. The V7 migration gives installations made before it the same logic; keep the two equal.
 */
public final class BaselineChecks {

  /** Check ids by the OSCAL id of the control whose action listens to them. */
  static final Map<String, List<String>> CHECKS_BY_CONTROL =
      Map.of(
          "sc-8", List.of("web.tls", "web.hsts"),
          "sc-8.1", List.of("web.tls"),
          "sc-23", List.of("web.session-cookie"),
          "cm-6",
              List.of(
                  "web.content-type-options",
                  "web.frame-options",
                  "web.content-security-policy",
                  "web.referrer-policy"),
          "cm-7", List.of("web.server-banner"),
          "ia-5.1", List.of("host.password-max-age"));

  private BaselineChecks() {}

  /** The logic for a baseline control, or {@link TestingLogic#NONE}. */
  static TestingLogic of(TemplateDraft.ControlDraft control) {
    List<String> checks =
        control.sourceId() == null ? null : CHECKS_BY_CONTROL.get(control.sourceId());
    return checks == null
        ? TestingLogic.NONE
        : TestingLogic.of(checks, TestingCombination.ANY_FAILURE_FAILS);
  }
}
