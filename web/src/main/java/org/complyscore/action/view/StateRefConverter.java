package org.complyscore.action.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.complyscore.action.boundary.ActionDetails.StateRef;
import org.complyscore.action.boundary.ActionWorkflowService;
import org.complyscore.shared.view.Texts;

/** An action in the parent picker: the state id on the page, looked up again on submit. */
@Named
@ApplicationScoped
public class StateRefConverter implements Converter<StateRef> {

  @Inject private ActionWorkflowService workflow;

  @Override
  public StateRef getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return workflow
          .reference(Long.parseLong(value.strip()))
          .orElseThrow(() -> new NumberFormatException(value));
    } catch (NumberFormatException e) {
      throw new ConverterException(
          new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("details.parent.unknown"), null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, StateRef state) {
    return state == null ? "" : Long.toString(state.stateId());
  }
}
