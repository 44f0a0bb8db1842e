package nl.woonregie.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised before a controller is chosen — a {@code multipart/form-data} body without a valid boundary (Spring
 * parses it before it looks for a handler), a method or media type no endpoint of the path takes: under
 * {@code /api/} the same problem+json as {@link ApiExceptionHandler} gives, elsewhere the Dutch error page. Without
 * it, these reach Spring Boot's generic (English) problem details, or a 500 with Spring's default body. With a
 * controller, {@link ApiExceptionHandler} and {@link PaginaFoutAdvice} answer first (they are ordered before this).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class VerzoekFoutAdvice {

    private final ApiExceptionHandler api;

    VerzoekFoutAdvice(ApiExceptionHandler api) {
        this.api = api;
    }

    @ExceptionHandler(Exception.class)
    Object fout(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring Security answers these (login, 401, 403)
        }
        ResponseEntity<ProblemDetail> probleem = api.probleem(e, request);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return probleem;
        }
        HttpStatus status = HttpStatus.resolve(probleem.getStatusCode().value());
        ModelAndView mav = new ModelAndView("error");
        mav.setStatus(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status);
        mav.addObject("status", probleem.getStatusCode().value());
        if (probleem.getBody() != null) {
            mav.addObject("melding", probleem.getBody().getDetail());
        }
        return mav;
    }
}
