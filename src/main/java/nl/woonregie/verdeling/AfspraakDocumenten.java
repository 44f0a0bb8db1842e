package nl.woonregie.verdeling;

import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.LongFunction;

import nl.woonregie.document.Documenthouder;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verdeling.internal.AfsprakenOpslag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The decisions behind agreements and exchanges as documents (module {@code document}): the joint decision of the
 * colleges of a herverdeling, the administrative agreement of an uitruil. Read by whoever reads the object, added by
 * whoever may record it (BEHEERDER, the supervisor of all its gemeenten). Whoever records it returns to the
 * province's list of agreements, a gemeente to its own.
 */
@Configuration(proxyBeanMethods = false)
class AfspraakDocumenten {

    @Bean
    Documenthouder herverdelingDocumenten(Herverdelingen herverdelingen, AfsprakenOpslag opslag, GebiedService gebied) {
        return new Afspraak<>("herverdeling", id -> opslag.herverdeling(id, gebied::naam).orElseThrow(
                () -> ApiException.notFound("Herverdeling " + id + " bestaat niet.")),
                herverdelingen::magLezen, herverdelingen::magWijzigen,
                (g, h) -> h.gemeenten().stream().map(Herverdeling.Deel::code)
                        .filter(c -> g.gemeenten(Rol.GEMEENTE).contains(c)).findFirst()
                        .orElse(h.gemeenten().get(0).code()),
                h -> "de herverdeling van " + Weergave.dag(h.besluitdatum()) + " (besluit " + h.kenmerk() + ")");
    }

    @Bean
    Documenthouder uitruilDocumenten(Uitruilen uitruilen, AfsprakenOpslag opslag, GebiedService gebied) {
        return new Afspraak<>("uitruil", id -> opslag.uitruil(id, gebied::naam).orElseThrow(
                () -> ApiException.notFound("Uitruil " + id + " bestaat niet.")),
                uitruilen::magLezen, uitruilen::magWijzigen,
                (g, u) -> g.gemeenten(Rol.GEMEENTE).contains(u.naar().code()) ? u.naar().code() : u.van().code(),
                u -> "de uitruil van " + Weergave.dag(u.besluitdatum()) + " tussen " + u.van().naam() + " en "
                        + u.naar().naam() + " (afspraak " + u.kenmerk() + ")");
    }

    /**
     * One kind of agreement: its objects' {@code soort} (also the audit type and the page's anchor), how one is read
     * (404 when absent), who reads and who records, which of its gemeenten a gemeente's account returns to, and its
     * heading.
     */
    private record Afspraak<T>(String soort, LongFunction<T> lees, BiPredicate<Gebruiker, T> magLezen,
            BiPredicate<Gebruiker, T> magWijzigen, BiFunction<Gebruiker, T, String> eigenGemeente,
            Function<T, String> kop) implements Documenthouder {

        @Override
        public String audittype() {
            return soort;
        }

        @Override
        public Rechten rechten(Gebruiker g, long object) {
            T a = lees.apply(object);
            return new Rechten(magLezen.test(g, a), magWijzigen.test(g, a));
        }

        @Override
        public String pagina(Gebruiker g, long object) {
            T a = lees.apply(object);
            String anker = "/afspraken#" + soort + "-" + object;
            return magWijzigen.test(g, a) ? "/verdeling" + anker
                    : "/gemeenten/" + eigenGemeente.apply(g, a) + anker;
        }

        @Override
        public String omschrijving(long object) {
            return kop.apply(lees.apply(object));
        }
    }
}
