package nl.woonregie.platform.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in account (or null) in the model of every page, for the navigation and role-specific parts. */
@ControllerAdvice(annotations = Controller.class)
class HuidigeGebruikerAdvice {

    @ModelAttribute("gebruiker")
    Gebruiker gebruiker() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Gebruiker g ? g : null;
    }
}
