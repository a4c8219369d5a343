package org.complyscore.monitoring.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.complyscore.action.entity.TestingCombination;
import org.complyscore.action.view.ActionDetailsView;
import org.complyscore.monitoring.boundary.AutomationService;
import org.complyscore.monitoring.boundary.TestingView;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.view.Texts;

/**
 * The Testing tab of an action (F31), for "what makes this pass?": the checks it listens to and how
 * they combine, whether monitoring tests it now, and the latest result of every checked resource
 * with the machine's detail. Administrators switch automation and edit the logic here; the rest of
 * the page then shows what that changed.
 */
@Named
@ViewScoped
public class TestingTabView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AutomationService automation;

  @Inject private ActionDetailsView page;

  private TestingView testing;

  // Form inputs.
  private String checkIds;
  private TestingCombination combination;

  @PostConstruct
  void init() {
    if (page.getDetails() != null) {
      load();
    }
  }

  private void load() {
    testing = automation.testing(page.getDetails().stateId());
    checkIds = testing.checkIdLines();
    combination = testing.combination();
  }

  public void switchOn() {
    change(() -> automation.switchAutomation(testing.stateId(), true), "testing.switched.on");
  }

  public void switchOff() {
    change(() -> automation.switchAutomation(testing.stateId(), false), "testing.switched.off");
  }

  public void saveLogic() {
    try {
      automation.changeTestingLogic(testing.stateId(), checkIds, combination);
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, "testing.saved.logic");
      refresh();
    } catch (BusinessException refusal) {
      Texts.addRefusal(refusal, Map.of("checkIds", "details-form:tabs:check-ids"));
    }
  }

  private void change(Runnable change, String doneKey) {
    if (Texts.attempt(change)) {
      Texts.addGlobal(FacesMessage.SEVERITY_INFO, doneKey);
    }
    refresh();
  }

  /** The tab and the rest of the page read again: a switch changes the test status. */
  private void refresh() {
    page.reload();
    load();
  }

  public TestingView getTesting() {
    return testing;
  }

  public List<TestingCombination> getCombinations() {
    return List.of(TestingCombination.values());
  }

  public String getCheckIds() {
    return checkIds;
  }

  public void setCheckIds(String checkIds) {
    this.checkIds = checkIds;
  }

  public TestingCombination getCombination() {
    return combination;
  }

  public void setCombination(TestingCombination combination) {
    this.combination = combination;
  }
}
