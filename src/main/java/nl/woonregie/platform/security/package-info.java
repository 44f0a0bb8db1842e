/**
 * Accounts, roles and scope ({@code Toegang}), sign-in (form, HTTP Basic, API tokens), the start, login and landing pages, account management and the audit API for the administrator.
 */
@ApplicationModule(displayName = "Platform: accounts en toegang", allowedDependencies = {"platform.core", "platform.web", "platform.audit"})
package nl.woonregie.platform.security;

import org.springframework.modulith.ApplicationModule;
