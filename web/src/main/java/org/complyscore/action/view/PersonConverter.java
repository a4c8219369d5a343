package org.complyscore.action.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.complyscore.action.boundary.ActionWorkflowService;
import org.complyscore.action.boundary.PersonRef;
import org.complyscore.shared.view.Texts;

/** A person in an assignee picker: the id on the page, the person looked up again on submit. */
@Named
@ApplicationScoped
public class PersonConverter implements Converter<PersonRef> {

  @Inject private ActionWorkflowService workflow;

  @Override
  public PersonRef getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return workflow
          .assignablePerson(Long.parseLong(value.strip()))
          .orElseThrow(() -> new NumberFormatException(value));
    } catch (NumberFormatException e) {
      throw new ConverterException(
          new jakarta.faces.application.FacesMessage(
              jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
              Texts.get("actions.assign.unknownPerson"),
              null));
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, PersonRef person) {
    return person == null ? "" : Long.toString(person.id());
  }
}
