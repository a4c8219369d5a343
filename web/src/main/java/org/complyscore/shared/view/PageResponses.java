package org.complyscore.shared.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/**
 * What a page answers instead of rendering when its address does not name something it can show: a
 * redirect (no id: the list is where one is chosen) or 404 (an id that is not a number or names
 * nothing), which the error pages then explain.
 */
public final class PageResponses {

  private PageResponses() {}

  /** Sends the browser to a path of the application, e.g. {@code /assessments/list}. */
  public static void redirectTo(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
      FacesContext.getCurrentInstance().responseComplete();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot redirect", e);
    }
  }

  /** Answers 404 with the reason for the log. */
  public static void notFound(String reason) {
    try {
      FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, reason);
      FacesContext.getCurrentInstance().responseComplete();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot answer 404", e);
    }
  }
}
