package nl.woonregie.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** An unknown path: problem+json under {@code /api/}, the Dutch error page elsewhere. */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NietGevondenAdvice {

    @ExceptionHandler(NoResourceFoundException.class)
    Object nietGevonden(NoResourceFoundException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return Problems.response(HttpStatus.NOT_FOUND, "Niet gevonden", "Deze bron bestaat niet.", request, null);
        }
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(HttpStatus.NOT_FOUND);
        mav.addObject("status", 404);
        return mav;
    }
}
