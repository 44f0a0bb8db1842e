package nl.woonregie.verhuisbox.zoeken;

import static nl.woonregie.platform.web.Formulier.bedrag;
import static nl.woonregie.platform.web.Formulier.controleer;
import static nl.woonregie.platform.web.Formulier.datum;
import static nl.woonregie.platform.web.Formulier.geheel;
import static nl.woonregie.platform.web.Formulier.keuze;
import static nl.woonregie.platform.web.Formulier.verplicht;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Zoeken;
import nl.woonregie.verhuisbox.traject.Casuspaginadeel;
import nl.woonregie.verhuisbox.traject.Invoer;
import nl.woonregie.verhuisbox.traject.Rechten;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Searching on the case page: registrations (and the vault), reactions and offers, with their forms. */
@Component
class ZoekCasuspagina implements Casuspaginadeel {

    private final ZoekDienst zoeken;

    ZoekCasuspagina(ZoekDienst zoeken) {
        this.zoeken = zoeken;
    }

    @Override
    public void vul(Casus casus, Gebruiker g, Rechten rechten, Model model) {
        model.addAttribute("inschrijvingen", zoeken.inschrijvingen(casus.id()));
        model.addAttribute("reacties", zoeken.reacties(casus.id()));
        model.addAttribute("aanbiedingen", zoeken.aanbiedingen(casus.id()));
        model.addAttribute("websites", zoeken.websites());
    }

    @Override
    public Map<String, Actie> acties() {
        Map<String, Actie> a = new LinkedHashMap<>();
        a.put("inschrijven", (id, p, g, client, m) -> {
            List<InvalidParam> f = new ArrayList<>();
            Zoeken.NieuweInschrijving n = new Zoeken.NieuweInschrijving(keuze(p.get("website"), "website", f),
                    datum(p.get("datum"), "datum", f), p.get("nummer"), bedrag(p.get("kosten"), "kosten", f),
                    datum(p.get("verlengdatum"), "verlengdatum", f), p.get("gebruikersnaam"), p.get("wachtwoord"));
            controleer(f);
            zoeken.schrijfIn(id, n, g, client);
            return "De inschrijving is vastgelegd.";
        });
        a.put("onthullen", (id, p, g, client, m) -> {
            List<InvalidParam> f = new ArrayList<>();
            Long ins = verplicht(keuze(p.get("inschrijving"), "inschrijving", f), "inschrijving", f);
            controleer(f);
            // shown in this very answer, never through the session (no redirect, no flash)
            m.addAttribute("inloggegevens", zoeken.onthul(id, ins, g, client));
            m.addAttribute("inloggegevensVan", ins);
            return null;
        });
        a.put("reageren", (id, p, g, client, m) -> {
            List<InvalidParam> f = new ArrayList<>();
            String pos = Invoer.leeg(p.get("positie"));
            Zoeken.NieuweReactie r = new Zoeken.NieuweReactie(keuze(p.get("inschrijving"), "inschrijving", f),
                    datum(p.get("datum"), "datum", f), p.get("woning"), p.get("soort"),
                    pos == null ? null : geheel(pos, "positie", f));
            controleer(f);
            zoeken.reageer(id, r, g, client);
            return "De reactie is vastgelegd.";
        });
        a.put("aanbod", (id, p, g, client, m) -> {
            List<InvalidParam> f = new ArrayList<>();
            Zoeken.NieuwAanbod n = new Zoeken.NieuwAanbod(p.get("gemeente"), p.get("corporatie"), p.get("adres"),
                    bedrag(p.get("huur"), "huur", f), datum(p.get("bezichtiging"), "bezichtiging", f),
                    datum(p.get("deadline"), "deadline", f));
            controleer(f);
            zoeken.bied(id, n, g, client);
            return "Het aanbod is vastgelegd.";
        });
        a.put("besluit", (id, p, g, client, m) -> {
            List<InvalidParam> f = new ArrayList<>();
            Long aanbod = verplicht(keuze(p.get("aanbod"), "aanbod", f), "aanbod", f);
            controleer(f);
            if (zoeken.casusVanAanbod(aanbod) != id) {
                throw ApiException.notFound("Aanbod " + aanbod + " hoort niet bij deze casus.");
            }
            zoeken.besluit(aanbod, new Zoeken.Besluit(p.get("besluit"), p.get("toelichting"), p.get("grond"),
                    p.get("website"), p.get("provincie")), g, client);
            return "Het besluit over het aanbod is vastgelegd.";
        });
        return a;
    }
}
