/**
 * The durable outbox for mail: messages from Dutch templates stored before they are sent, sent over SMTP by a
 * background job with retries and back-off, every attempt recorded; the administrator's page of the outbox.
 */
@ApplicationModule(displayName = "Platform: post", allowedDependencies = {"platform.core", "platform.web", "platform.security", "platform.audit", "platform.achtergrond"})
package nl.woonregie.platform.post;

import org.springframework.modulith.ApplicationModule;
