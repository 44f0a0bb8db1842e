package nl.woonregie.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** Thrown by API code to answer with a problem document; carries every invalid field when there are any. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String title;
    private final List<InvalidParam> invalidParams;
    private final Long retryAfterSeconds;
    private List<?> bevindingen;

    public ApiException(HttpStatus status, String title, String detail, List<InvalidParam> invalidParams) {
        this(status, title, detail, invalidParams, null);
    }

    private ApiException(HttpStatus status, String title, String detail, List<InvalidParam> invalidParams,
            Long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.invalidParams = invalidParams == null ? List.of() : List.copyOf(invalidParams);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 429 with a {@code Retry-After} header. */
    public static ApiException tooManyRequests(long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, "Te veel verzoeken",
                "Deze client heeft te veel verzoeken gestuurd. Probeer het over " + retryAfterSeconds
                        + " seconde(n) opnieuw.", null, retryAfterSeconds);
    }

    /** Findings that explain the refusal (shown as {@code bevindingen} in the problem). */
    public ApiException metBevindingen(List<?> lijst) {
        this.bevindingen = List.copyOf(lijst);
        return this;
    }

    public List<?> bevindingen() {
        return bevindingen;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiException invalid(String detail, List<InvalidParam> invalidParams) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Ongeldig verzoek", detail, invalidParams);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "Niet gevonden", detail, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<InvalidParam> invalidParams() {
        return invalidParams;
    }
}
