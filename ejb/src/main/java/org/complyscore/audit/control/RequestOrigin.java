package org.complyscore.audit.control;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address the current request came from, for the audit log. The web layer sets it for
 * each request; services read it without knowing about HTTP.
 */
@RequestScoped
public class RequestOrigin {

  private String clientAddress;

  public String getClientAddress() {
    return clientAddress;
  }

  public void setClientAddress(String clientAddress) {
    this.clientAddress = clientAddress;
  }
}
