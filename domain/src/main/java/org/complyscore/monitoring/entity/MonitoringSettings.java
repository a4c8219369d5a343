package org.complyscore.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.complyscore.shared.entity.BaseEntity;

/**
 * The Owner's switch for automated testing (F31), one row: whether actions with testing logic are
 * tested by monitoring. Switching it applies to every such action at once; while it is on, the
 * states of new assessments start automated too.
 */
@Entity
@Table(name = "monitoring_settings")
public class MonitoringSettings extends BaseEntity {

  @Column(name = "automation_on", nullable = false)
  private boolean automationOn = true;

  public boolean isAutomationOn() {
    return automationOn;
  }

  public void switchAutomation(boolean on) {
    this.automationOn = on;
  }
}
