/**
 * The distribution of the national number of vergunninghouders over the gemeenten (Huisvestingswet 2014, art. 28–30):
 * the formula of art. 29 on CBS population figures, the populations Gedeputeerde Staten fix after a herindeling
 * (art. 30), and storing a distribution as the period's taakstellingen through toezicht's import, compared with what
 * is stored. The formula is plain Java ({@code internal.Verdeelformule}); its parameters are dated data
 * ({@code verdeling/parameters.yaml}).
 */
@ApplicationModule(displayName = "Verdeling", allowedDependencies = {"gebied", "toezicht", "toezicht::cijfers",
    "toezicht::regels", "platform.core", "platform.web", "platform.security", "platform.audit", "platform.export"})
package nl.woonregie.verdeling;

import org.springframework.modulith.ApplicationModule;
