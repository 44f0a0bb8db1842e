/**
 * Accounts, roles and scope ({@code Toegang}), sign-in (form with its second step, HTTP Basic, API tokens, an identity provider over OpenID Connect; throttled and audited), the password rules, the start, login and landing pages, account management and the audit API for the administrator, the account requests that a Verhuisbox team's coordinator approves, and one-time links with which a user chooses a password.
 */
@ApplicationModule(displayName = "Platform: accounts en toegang", allowedDependencies = {"platform.core", "platform.web", "platform.audit"})
package nl.woonregie.platform.security;

import org.springframework.modulith.ApplicationModule;
