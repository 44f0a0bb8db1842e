package nl.woonregie.verdeling;

import nl.woonregie.document.Documenthouder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verdeling.internal.AfsprakenOpslag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decisions behind agreements and exchanges as documents (module {@code document}): the joint decision of the
 * colleges of a herverdeling, the administrative agreement of an uitruil. Read by whoever reads the object, added by
 * whoever may record it (BEHEERDER, the supervisor of all its gemeenten).
 */
@Configuration(proxyBeanMethods = false)
class AfspraakDocumenten {

    @Bean
    Documenthouder herverdelingDocumenten(Herverdelingen herverdelingen, AfsprakenOpslag opslag, GebiedService gebied) {
        return new Documenthouder() {

            @Override
            public String soort() {
                return "herverdeling";
            }

            @Override
            public String audittype() {
                return "herverdeling";
            }

            @Override
            public Rechten rechten(Gebruiker g, long object) {
                Herverdeling h = lees(object);
                return new Rechten(herverdelingen.magLezen(g, h), herverdelingen.magWijzigen(g, h));
            }

            @Override
            public String pagina(Gebruiker g, long object) {
                Herverdeling h = lees(object);
                if (herverdelingen.magWijzigen(g, h)) {
                    return "/verdeling/afspraken#herverdeling-" + object;
                }
                String eigen = h.gemeenten().stream().map(Herverdeling.Deel::code)
                        .filter(c -> g.gemeenten(nl.woonregie.platform.security.Rol.GEMEENTE).contains(c)).findFirst()
                        .orElse(h.gemeenten().get(0).code());
                return "/gemeenten/" + eigen + "/afspraken#herverdeling-" + object;
            }

            @Override
            public String omschrijving(long object) {
                Herverdeling h = lees(object);
                return "de herverdeling van " + Weergave.dag(h.besluitdatum()) + " (besluit " + h.kenmerk() + ")";
            }

            private Herverdeling lees(long object) {
                return opslag.herverdeling(object, gebied::naam).orElseThrow(() -> ApiException.notFound(
                        "Herverdeling " + object + " bestaat niet."));
            }
        };
    }

    @Bean
    Documenthouder uitruilDocumenten(Uitruilen uitruilen, AfsprakenOpslag opslag, GebiedService gebied) {
        return new Documenthouder() {

            @Override
            public String soort() {
                return "uitruil";
            }

            @Override
            public String audittype() {
                return "uitruil";
            }

            @Override
            public Rechten rechten(Gebruiker g, long object) {
                Uitruil u = lees(object);
                return new Rechten(uitruilen.magLezen(g, u), uitruilen.magWijzigen(g, u));
            }

            @Override
            public String pagina(Gebruiker g, long object) {
                Uitruil u = lees(object);
                if (uitruilen.magWijzigen(g, u)) {
                    return "/verdeling/afspraken#uitruil-" + object;
                }
                String eigen = g.gemeenten(nl.woonregie.platform.security.Rol.GEMEENTE).contains(u.naar().code())
                        ? u.naar().code() : u.van().code();
                return "/gemeenten/" + eigen + "/afspraken#uitruil-" + object;
            }

            @Override
            public String omschrijving(long object) {
                Uitruil u = lees(object);
                return "de uitruil van " + Weergave.dag(u.besluitdatum()) + " tussen " + u.van().naam() + " en "
                        + u.naar().naam() + " (afspraak " + u.kenmerk() + ")";
            }

            private Uitruil lees(long object) {
                return opslag.uitruil(object, gebied::naam).orElseThrow(() -> ApiException.notFound(
                        "Uitruil " + object + " bestaat niet."));
            }
        };
    }
}
