package nl.woonregie.platform.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Turns every error of the REST API into an {@code application/problem+json} answer; never a stack trace.
 *
 * <p>Ordered before Spring Boot's {@code ProblemDetailsExceptionHandler} (order 0, from
 * {@code spring.mvc.problemdetails.enabled}), which would otherwise answer unreadable bodies, unknown fields and
 * invalid parameters itself, without {@code invalidParams}; after {@link NietGevondenAdvice}. One answer per kind of
 * exception ({@link #probleem}), also for the errors before a controller is chosen ({@link VerzoekFoutAdvice}):
 * Tomcat's unreadable parameters and Spring Security's refused ones are a 400, and so is a value the database refuses
 * as data ({@link OngeldigeOpslag}, a safety net for a missing check).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    static final String MULTIPART = "multipart/form-data vraagt een geldige boundary en delen die daarmee kloppen";
    static final String MULTIPART_OF_FORMULIER = "een formulier moet geldig application/x-www-form-urlencoded of "
            + "multipart/form-data (met een geldige boundary) zijn";

    private ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        ResponseEntity<ProblemDetail> response = Problems.response(e.status(), e.title(), e.getMessage(), request,
                e.invalidParams());
        if (e.bevindingen() != null) {
            Problems.metBevindingen(response.getBody(), e.bevindingen());
        }
        if (e.retryAfterSeconds() != null) {
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .header("Retry-After", Long.toString(e.retryAfterSeconds())).body(response.getBody());
        }
        return response;
    }

    private ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof tools.jackson.core.JacksonException je && !je.getPath().isEmpty()) {
            String pad = pad(je.getPath());
            String reden = cause instanceof JsonInvoer.OngeldigeWaarde o ? o.reden()
                    : cause instanceof tools.jackson.databind.exc.UnrecognizedPropertyException ? "onbekend veld"
                    : "ongeldige waarde of verkeerd type";
            return Problems.response(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", "Het verzoek bevat een ongeldig veld.",
                    request, List.of(new InvalidParam(pad, reden)));
        }
        return Problems.response(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", "De inhoud van het verzoek is geen geldige JSON.",
                request, List.of(new InvalidParam("body", "geen geldige JSON")));
    }

    private static String pad(List<tools.jackson.core.JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (var ref : path) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return Problems.response(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", "Een parameter heeft een ongeldige waarde.",
                request, List.of(new InvalidParam(e.getName(), "ongeldige waarde")));
    }

    private ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return Problems.response(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", "Een verplichte parameter ontbreekt.",
                request, List.of(new InvalidParam(e.getParameterName(), "verplicht")));
    }

    private ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
        List<InvalidParam> params = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
                .forEach(f -> params.add(new InvalidParam(f.getField(), f.getDefaultMessage())));
        return Problems.response(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", "Het verzoek bevat ongeldige velden.",
                request, params);
    }

    private ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        List<InvalidParam> params = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> params.add(
                new InvalidParam(r.getMethodParameter().getParameterName(), err.getDefaultMessage()))));
        return Problems.response(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", "Het verzoek bevat ongeldige parameters.",
                request, params);
    }

    private ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return Problems.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Mediatype niet ondersteund",
                "Stuur de inhoud als application/json.", request, null);
    }

    private ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return Problems.response(HttpStatus.NOT_ACCEPTABLE, "Niet aanvaardbaar",
                "Deze bron levert application/json.", request, null);
    }

    private ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return Problems.response(HttpStatus.METHOD_NOT_ALLOWED, "Methode niet toegestaan",
                "De methode " + e.getMethod() + " is hier niet toegestaan.", request, null);
    }

    private ResponseEntity<ProblemDetail> multipart(MultipartException e, HttpServletRequest request) {
        if (e instanceof MaxUploadSizeExceededException) {
            return TeGrootAdvice.probleem(request);
        }
        return Problems.response(HttpStatus.BAD_REQUEST, "Ongeldig verzoek",
                "De inhoud van het verzoek is geen leesbaar multipart-formulier.", request,
                List.of(new InvalidParam("Content-Type", MULTIPART)));
    }

    /** Every error of a REST controller: one answer per kind of exception ({@link #probleem}). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> fout(Exception e, HttpServletRequest request) {
        return probleem(e, request);
    }

    /**
     * The problem for an exception: also used by {@link VerzoekFoutAdvice} for the errors of an API request before a
     * controller was chosen (no such method, media type, multipart body).
     */
    ResponseEntity<ProblemDetail> probleem(Exception e, HttpServletRequest request) {
        if (e instanceof ApiException x) {
            return api(x, request);
        } else if (e instanceof HttpMessageNotReadableException x) {
            return unreadable(x, request);
        } else if (e instanceof MethodArgumentTypeMismatchException x) {
            return typeMismatch(x, request);
        } else if (e instanceof MissingServletRequestParameterException x) {
            return missing(x, request);
        } else if (e instanceof MethodArgumentNotValidException x) {
            return invalid(x, request);
        } else if (e instanceof HandlerMethodValidationException x) {
            return invalidParameters(x, request);
        } else if (e instanceof HttpMediaTypeNotSupportedException x) {
            return mediaType(x, request);
        } else if (e instanceof HttpMediaTypeNotAcceptableException x) {
            return notAcceptable(x, request);
        } else if (e instanceof HttpRequestMethodNotSupportedException x) {
            return method(x, request);
        } else if (e instanceof MultipartException x) {
            return multipart(x, request);
        } else if (e instanceof InvalidParameterException x) {
            return api(OngeldigeTekens.onleesbaar(x), request);
        } else if (e instanceof RequestRejectedException) {
            return api(OngeldigeTekens.geweigerd(), request);
        }
        return unexpected(e, request);
    }

    private ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (OngeldigeOpslag.is(e)) {
            log.warn("A value the database refuses reached it on {} {} (a missing validation): {}",
                    request.getMethod(), request.getRequestURI(), OngeldigeOpslag.melding(e));
            return Problems.response(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", OngeldigeOpslag.DETAIL, request, null);
        }
        if (e instanceof ErrorResponse er && !er.getStatusCode().is5xxServerError()) {
            // other Spring MVC errors (a missing header, a too large upload, ...) keep their status
            HttpStatus status = HttpStatus.resolve(er.getStatusCode().value());
            return Problems.response(er.getStatusCode(), status == HttpStatus.BAD_REQUEST ? "Ongeldig verzoek"
                    : status == null ? "Fout" : status.getReasonPhrase(), er.getBody().getDetail(), request, null);
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, "Serverfout",
                "Er ging iets mis bij het verwerken van het verzoek. De fout is gelogd.", request, null);
    }
}
