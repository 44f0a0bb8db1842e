package nl.woonregie.platform.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem document, as every Woonregie API error is answered ({@code application/problem+json}).
 * {@code invalidParams} lists every invalid field of a rejected request; {@code bevindingen} the findings that block
 * an action (e.g. the consistency check before vaststellen).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "invalidParams", "bevindingen"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<InvalidParam> invalidParams, List<?> bevindingen) {

    public Problem(String type, String title, int status, String detail, String instance,
            List<InvalidParam> invalidParams) {
        this(type, title, status, detail, instance, invalidParams, null);
    }

    public Problem metBevindingen(List<?> lijst) {
        return new Problem(type, title, status, detail, instance, invalidParams, lijst);
    }
}
