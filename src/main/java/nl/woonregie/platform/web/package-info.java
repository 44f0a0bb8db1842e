/**
 * Web plumbing: problem+json errors ({@code ApiException}, {@code InvalidParam}), error pages, the rate limiter, form and download helpers, Dutch formats for pages ({@code @nl}). Knows no accounts.
 */
@ApplicationModule(displayName = "Platform: web", allowedDependencies = {"platform.core"})
package nl.woonregie.platform.web;

import org.springframework.modulith.ApplicationModule;
