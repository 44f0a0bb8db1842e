package nl.woonregie.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors on pages (not the API): the Dutch error page with the status and, for 4xx, the message. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PaginaFoutAdvice {

    private static final Logger log = LoggerFactory.getLogger(PaginaFoutAdvice.class);

    @ExceptionHandler(ApiException.class)
    ModelAndView fout(ApiException e) {
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(e.status());
        mav.addObject("status", e.status().value());
        mav.addObject("melding", e.getMessage());
        return mav;
    }

    /** A form or link with missing or malformed parameters: 400, not a server error. */
    @ExceptionHandler({org.springframework.web.bind.ServletRequestBindingException.class,
        org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
        org.springframework.web.multipart.MultipartException.class})
    ModelAndView ongeldig(Exception e) {
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(HttpStatus.BAD_REQUEST);
        mav.addObject("status", 400);
        mav.addObject("melding", "Het formulier of de link is onvolledig of bevat een ongeldige waarde.");
        return mav;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView onverwacht(Exception e) throws Exception {
        if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        if (e instanceof org.apache.tomcat.util.http.InvalidParameterException onleesbaar) {
            return fout(OngeldigeTekens.onleesbaar(onleesbaar));
        }
        if (e instanceof org.springframework.security.web.firewall.RequestRejectedException) {
            return fout(OngeldigeTekens.geweigerd());
        }
        if (OngeldigeOpslag.is(e)) {
            log.warn("A value the database refuses reached it from a page (a missing validation): {}",
                    OngeldigeOpslag.melding(e));
            ModelAndView mav = new ModelAndView("error");
            mav.setStatus(HttpStatus.BAD_REQUEST);
            mav.addObject("status", 400);
            mav.addObject("melding", OngeldigeOpslag.DETAIL);
            return mav;
        }
        log.error("Unexpected error on a page", e);
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        mav.addObject("status", 500);
        return mav;
    }
}
