package org.recoverycollege.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.recoverycollege.platform.entity.WebLinks;

/**
 * {@code <f:validator validatorId="webLink"/>}: a link field accepts only an https: or http: address, with
 * the message next to the field. The service and the entity check the same again, so no other path
 * stores such a link.
 */
@FacesValidator("webLink")
public class WebLinkValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value != null && !WebLinks.isWebOrEmpty(value.toString())) {
            String text = UserMessages.text("runs.linkNotWeb");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }
}
