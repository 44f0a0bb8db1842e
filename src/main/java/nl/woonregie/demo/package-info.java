/**
 * The demo data ({@code --woonregie.demo}): a living Zuid-Holland and a Verhuisbox team, loaded through the modules' APIs.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"aanbod", "brieven", "doorbraakplan", "doorbraakplan::pijplijn", "programma", "programma::caseload", "programma::voortgang", "gebied", "toezicht", "toezicht::regels", "toezicht::ronde", "toezicht::cijfers", "toezicht::opvolging", "verhuisbox", "document", "platform.core", "platform.web", "platform.security", "platform.audit", "platform.export", "platform.achtergrond"})
package nl.woonregie.demo;

import org.springframework.modulith.ApplicationModule;
