/**
 * The distribution of the national number of vergunninghouders over the gemeenten (Huisvestingswet 2014, art. 28–30):
 * the formula of art. 29 on CBS population figures, the populations Gedeputeerde Staten fix after a herindeling
 * (art. 30), and storing a distribution as the period's taakstellingen through toezicht's import, compared with what
 * is stored; the agreements that move taakstelling between gemeenten (herverdeling, art. 29 lid 2; stored as new
 * taakstellingen through toezicht's import) and the exchanges of vergunninghouders (uitruil; stored as corrections of
 * COA's final figure through toezicht's {@code CoaCorrecties}), read by the letters and, later, by {@code aanbod}, with
 * their decisions as documents. The formula is plain Java ({@code internal.Verdeelformule}); its parameters are dated data
 * ({@code verdeling/parameters.yaml}).
 */
@ApplicationModule(displayName = "Verdeling", allowedDependencies = {"gebied", "toezicht", "toezicht::cijfers",
    "toezicht::regels", "platform.core", "platform.web", "platform.security", "platform.audit", "platform.export", "document"})
package nl.woonregie.verdeling;

import org.springframework.modulith.ApplicationModule;
