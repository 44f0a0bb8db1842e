package nl.woonregie.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The refusals every endpoint that reads its body through {@link OpenJsonInvoer} documents alike: 400 naming every
 * invalid field, 413 above 64 KiB, 429 above the client's request rate — each as {@code application/problem+json}.
 * Put it on the handler method beside its own 200 (the what-if and computation endpoints of toezicht, aanbod and
 * doorbraakplan), so that the three answers are said once.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "400", description = "Ongeldig verzoek; invalidParams noemt elk ongeldig veld",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "413", description = "Verzoek groter dan 64 KiB",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "429", description = "Te veel verzoeken van deze client",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
public @interface OpenInvoerFouten {
}
