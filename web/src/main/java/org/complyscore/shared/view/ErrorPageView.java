package org.complyscore.shared.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.UUID;

/**
 * Backs the error pages. An unexpected failure is logged with a short reference that the page
 * shows, so a user can report it and an operator can find it, without the page revealing anything
 * about the failure itself.
 */
@Named
@RequestScoped
public class ErrorPageView {

  private static final System.Logger LOG = System.getLogger(ErrorPageView.class.getName());

  @Inject private ExternalContext externalContext;

  private String reference;

  /** The reference of the failure this request shows, logged with the failure the first time. */
  public String getReference() {
    if (reference == null) {
      reference = UUID.randomUUID().toString().substring(0, 8);
      Map<String, Object> request = externalContext.getRequestMap();
      Object failure = request.get(RequestDispatcher.ERROR_EXCEPTION);
      LOG.log(
          Level.ERROR,
          "Error reference "
              + reference
              + " for "
              + request.get(RequestDispatcher.ERROR_REQUEST_URI),
          failure instanceof Throwable throwable ? throwable : null);
    }
    return reference;
  }
}
