package nl.woonregie.toezicht.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.ronde.LandelijkOverzicht;
import nl.woonregie.toezicht.ronde.LandelijkOverzicht.GemeenteRegel;
import nl.woonregie.toezicht.ronde.LandelijkOverzicht.Landelijk;
import nl.woonregie.toezicht.ronde.LandelijkOverzicht.ProvincieRegel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The national view of a peildatum as XLSX: the provinces with the row "Nederland", the municipalities, the steps per
 * province where it has a round, and an explanation. The figures are those of {@link LandelijkOverzicht} (the same as
 * the JSON endpoint); nothing is recomputed here.
 */
@Service
class LandelijkExport {

    static final List<String> KOP_PROVINCIES = List.of("provincie", "gemeenten", "gemeenten zonder volledige cijfers",
            "taakstelling", "opgave", "gehuisvest", "percentage van de opgave", "nog te huisvesten",
            "beoordelingsronde", "beleidskader", "peildatum van de provincie");
    static final List<String> KOP_GEMEENTEN = List.of("gemeente", "naam", "provincie", "taakstelling", "saldo",
            "opgave", "gehuisvest", "percentage van de opgave", "trede na de ronde", "ontbrekende gegevens");

    private final LandelijkOverzicht landelijk;
    private final GebiedService gebied;
    private final Clock clock;

    LandelijkExport(LandelijkOverzicht landelijk, GebiedService gebied, ObjectProvider<Clock> clock) {
        this.landelijk = landelijk;
        this.gebied = gebied;
        this.clock = clock.getIfAvailable(() -> Clock.system(Spreadsheet.TIJDZONE));
    }

    Bestand xlsx(Gebruiker g, LocalDate peildatum) {
        Landelijk l = landelijk.van(g, peildatum);
        Spreadsheet.Werkmap werkmap = Spreadsheet.werkmap();
        werkmap.blad("Provincies", KOP_PROVINCIES, l.provincies().stream().map(LandelijkExport::provincie).toList(),
                provincie(l.nederland()));
        werkmap.blad("Gemeenten", KOP_GEMEENTEN, l.gemeenten().stream().map(this::gemeente).toList());
        List<ProvincieRegel> metRonde = l.provincies().stream().filter(p -> p.ronde() != null).toList();
        TreeSet<String> treden = new TreeSet<>();
        metRonde.forEach(p -> treden.addAll(p.ronde().aantalPerTrede().keySet()));
        List<String> kop = new ArrayList<>(List.of("provincie", "peildatum van de ronde", "status van de ronde"));
        treden.forEach(t -> kop.add("trede " + t));
        List<List<?>> rijen = new ArrayList<>();
        for (ProvincieRegel p : metRonde) {
            List<Object> rij = new ArrayList<>(List.of(p.naam(), p.peildatumBeleidskader() == null ? l.peildatum()
                    : p.peildatumBeleidskader(), OverzichtExport.status(p.ronde().status())));
            treden.forEach(t -> rij.add(p.ronde().aantalPerTrede().getOrDefault(t, 0)));
            rijen.add(rij);
        }
        werkmap.blad("Treden", kop, rijen);
        werkmap.blad("Toelichting", List.of("onderwerp", "toelichting"), toelichting(l, metRonde));
        return new Bestand("landelijk-overzicht-" + peildatum + ".xlsx", Spreadsheet.XLSX, werkmap.bytes());
    }

    private static List<?> provincie(ProvincieRegel p) {
        return Arrays.asList(p.naam(), p.aantalGemeenten(), p.aantalZonderCijfers(), p.taakstelling(), p.opgave(),
                p.gehuisvest(), p.percentageVanOpgave(), p.nogTeHuisvesten(),
                p.ronde() == null ? (LandelijkOverzicht.NEDERLAND.equals(p.code()) ? null : "geen")
                        : OverzichtExport.status(p.ronde().status()),
                p.beleidskader(), p.peildatumBeleidskader());
    }

    private List<?> gemeente(GemeenteRegel r) {
        String provincie = gebied.provincie(r.provincie()).map(Provincie::naam).orElse(r.provincie());
        return Arrays.asList(r.code(), r.naam(), provincie, r.taakstelling(), r.saldoIn(),
                r.opgave(), r.gehuisvest(), r.percentageVanOpgave(), r.trede(),
                r.ontbrekend().isEmpty() ? null : String.join("; ", r.ontbrekend()));
    }

    private List<List<?>> toelichting(Landelijk l, List<ProvincieRegel> metRonde) {
        List<List<?>> rijen = new ArrayList<>();
        rijen.add(Arrays.asList("peildatum", NlFormaat.datum(l.peildatum()) + " ("
                + ("TUSSENTIJDS".equals(l.soort()) ? "tussentijdse toets" : "eindoordeel") + " van de "
                + Periode.of(l.periode()).omschrijving() + ")"));
        rijen.add(Arrays.asList("bron", "De opgeslagen taakstellingen, beginstanden en standen van het COA van elke "
                + "gemeente, per peildatum van dit overzicht; treden alleen uit de beoordelingsronde van een provincie "
                + "op haar eigen peildatum."));
        rijen.add(Arrays.asList("kolom 'peildatum van de provincie'", "De laatste peildatum van het beleidskader van "
                + "de provincie op of vóór " + NlFormaat.datum(l.peildatum()) + " (een beleidskader kan op andere "
                + "data oordelen, zoals 25 januari of de 15e): de treden zijn die van haar ronde op die datum. Leeg "
                + "als de provincie geen beleidskader in Woonregie heeft."));
        rijen.add(Arrays.asList("provincies met een beoordelingsronde", metRonde.isEmpty() ? "geen"
                : String.join(", ", metRonde.stream().map(ProvincieRegel::naam).toList())));
        rijen.add(Arrays.asList("kolom 'opgave'", "Taakstelling plus het saldo: de achterstand (of min de "
                + "voorsprong) vanaf de beginstand, per afgelopen halfjaar opgave min gehuisvest aan het einde."));
        rijen.add(Arrays.asList("kolom 'gehuisvest'", "Gehuisveste vergunninghouders in het halfjaar volgens het COA: "
                + "bij een tussentijdse toets de stand uit de maand vóór de middendatum, bij een eindoordeel de stand "
                + "uit de laatste maand (of het definitieve cijfer van het COA). Huurcontracten van gemeenten tellen "
                + "hier niet mee; in de ronde van een provincie kunnen ze dat wel."));
        rijen.add(Arrays.asList("kolom 'percentage van de opgave'", "100 × gehuisvest / opgave, half naar boven "
                + "afgerond; leeg als de opgave 0 of minder is."));
        rijen.add(Arrays.asList("rij 'Nederland'", "De som over alle gemeenten met volledige cijfers; het percentage "
                + "is berekend over die sommen."));
        rijen.add(Arrays.asList("gemeenten zonder volledige cijfers", "Tellen niet mee in de sommen; het blad "
                + "Gemeenten zegt welke cijfers ontbreken."));
        rijen.add(Arrays.asList("blad 'Treden'", "Het aantal gemeenten per trede na de beoordelingsronde, alleen "
                + "voor provincies met een ronde op hun eigen peildatum (kolom 'peildatum van de ronde'). De treden "
                + "zijn die van het beleidskader van elke provincie."));
        rijen.add(Arrays.asList("gemaakt op", LocalDateTime.now(clock.withZone(Spreadsheet.TIJDZONE))));
        return rijen;
    }
}
