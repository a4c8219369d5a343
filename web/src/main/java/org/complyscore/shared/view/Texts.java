package org.complyscore.shared.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Map;
import java.util.ResourceBundle;
import org.complyscore.shared.entity.BusinessException;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * The texts of the user interface for Java code, from the same bundle the pages use as {@code
 * #{i18n[...]}}, in the language of the current view.
 */
public final class Texts {

  public static final String BUNDLE = "i18n.messages";

  private Texts() {}

  public static String get(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    String text = bundle.getString(key);
    return arguments.length == 0
        ? text
        : new MessageFormat(text, bundle.getLocale()).format(arguments);
  }

  /** A message for the whole page (not one field). */
  public static void addGlobal(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = get(key, arguments);
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /** A message for the whole page whose text is already written (a service's refusal). */
  public static void addGlobalText(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  /**
   * A service's refusal as a message: next to the input it names when {@code fieldIds} maps that
   * field to a component's client id, else for the whole page.
   */
  public static void addRefusal(BusinessException refusal, Map<String, String> fieldIds) {
    String clientId =
        refusal instanceof InvalidInputException invalid ? fieldIds.get(invalid.getField()) : null;
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
    faces.validationFailed();
  }

  /**
   * Runs a change a person asked for; a refusal by the service becomes a message for the page. True
   * when the change went through.
   */
  public static boolean attempt(Runnable change) {
    try {
      change.run();
      return true;
    } catch (BusinessException refusal) {
      addRefusal(refusal, Map.of());
      return false;
    }
  }
}
