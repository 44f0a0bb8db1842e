package nl.woonregie.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload above the multipart limits ({@code spring.servlet.multipart.*}) is refused before any controller runs;
 * it is answered as a 413 problem like every other API error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TeGrootAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> teGroot(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return probleem(request);
    }

    static ResponseEntity<ProblemDetail> probleem(HttpServletRequest request) {
        return Problems.response(HttpStatus.CONTENT_TOO_LARGE, "Bestand te groot",
                "Het bestand is groter dan is toegestaan (hoogstens 10 MiB).", request, null);
    }
}
