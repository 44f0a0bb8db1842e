package nl.woonregie.toezicht.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.gebied.GemeenteKaart;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.toezicht.ronde.LandelijkOverzicht;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national dashboard (RIJK, every TOEZICHTHOUDER, BEHEERDER): the provinces with the row "Nederland", a map of
 * every municipality by the percentage of its opgave housed, the steps where a province has a round, the XLSX.
 */
@Controller
class LandelijkPagina {

    /** The bands of the map, by percentage of the opgave housed. */
    /** A band of the map's legend; its Dutch text is its label ({@code labels/toezicht.properties}). */
    enum Klasse {
        LAAG, MIDDEN, HOOG, GEREALISEERD, ONBEKEND;

        public String css() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Klasse van(LandelijkOverzicht.GemeenteRegel r) {
            Integer p = r.percentageVanOpgave();
            if (!r.volledig()) {
                return ONBEKEND;
            }
            if (p == null || p >= 100) {
                return GEREALISEERD; // an opgave of 0 or less is realised
            }
            return p >= 75 ? HOOG : p >= 50 ? MIDDEN : LAAG;
        }
    }

    /** A municipality on the map: its path, band and what a screen reader and a tooltip say. */
    record KaartVlak(String code, String pad, String klasse, String label) {
    }

    private final Toegang toegang;
    private final LandelijkOverzicht landelijk;
    private final GemeenteKaart kaart;
    private final Weergave nl;

    LandelijkPagina(Toegang toegang, LandelijkOverzicht landelijk, GemeenteKaart kaart, Weergave nl) {
        this.toegang = toegang;
        this.landelijk = landelijk;
        this.kaart = kaart;
        this.nl = nl;
    }

    @GetMapping("/landelijk")
    String landelijk(@RequestParam(required = false) String peildatum, Model model) {
        Gebruiker g = landelijk.vereisZien(toegang.huidige());
        List<LocalDate> peildata = landelijk.peildata();
        model.addAttribute("peildata", peildata);
        LocalDate gekozen = peildatum == null || peildatum.isBlank() ? landelijk.eerstePeildatum(peildata).orElse(null)
                : ProvincieOverzicht.peildatum(peildatum);
        model.addAttribute("gekozen", gekozen);
        if (gekozen == null) {
            return "toezicht/landelijk";
        }
        LandelijkOverzicht.Landelijk l = landelijk.van(g, gekozen);
        model.addAttribute("overzicht", l);
        model.addAttribute("metRonde", l.provincies().stream().filter(p -> p.ronde() != null).toList());
        model.addAttribute("treden", l.provincies().stream().filter(p -> p.ronde() != null)
                .flatMap(p -> p.ronde().aantalPerTrede().keySet().stream()).distinct().sorted().toList());
        GemeenteKaart.Kaart k = kaart.kaart(l.gemeenten().stream().map(LandelijkOverzicht.GemeenteRegel::code)
                .toList());
        List<KaartVlak> vlakken = new ArrayList<>();
        List<String> zonderVorm = new ArrayList<>();
        for (LandelijkOverzicht.GemeenteRegel r : l.gemeenten()) {
            String pad = k.paden().get(r.code());
            if (pad == null) {
                zonderVorm.add(r.naam());
                continue;
            }
            String label = r.naam() + ": " + (r.volledig()
                    ? nl.procent(r.percentageVanOpgave()) + " van de opgave gehuisvest (" + nl.getal(r.gehuisvest())
                            + " van " + nl.getal(r.opgave()) + ")"
                    : "geen volledige cijfers");
            vlakken.add(new KaartVlak(r.code(), pad, Klasse.van(r).css(), label));
        }
        model.addAttribute("kaart", k);
        model.addAttribute("vlakken", vlakken);
        model.addAttribute("zonderVorm", zonderVorm);
        model.addAttribute("klassen", Klasse.values());
        model.addAttribute("zonderCijfers", l.gemeenten().stream().filter(r -> !r.volledig()).toList());
        // the map's figures as a table too: a map read only by pointing is no way for a keyboard or screen reader
        model.addAttribute("metCijfers", l.gemeenten().stream().filter(LandelijkOverzicht.GemeenteRegel::volledig)
                .sorted(java.util.Comparator.comparing(LandelijkOverzicht.GemeenteRegel::naam)).toList());
        model.addAttribute("provinciesZonderCijfers", l.provincies().stream()
                .filter(p -> p.aantalZonderCijfers() == p.aantalGemeenten()).map(LandelijkOverzicht.ProvincieRegel::naam)
                .toList());
        java.util.Map<String, String> provincieNamen = new java.util.HashMap<>();
        l.provincies().forEach(p -> provincieNamen.put(p.code(), p.naam()));
        model.addAttribute("provincieNamen", provincieNamen);
        return "toezicht/landelijk";
    }
}
