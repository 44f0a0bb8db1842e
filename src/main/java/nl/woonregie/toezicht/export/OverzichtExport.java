package nl.woonregie.toezicht.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.ToezichtEngine;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht.Overzicht;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht.Regel;
import nl.woonregie.toezicht.ronde.ProvincieOverzicht.Totalen;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The province overview and the regional table of a peildatum as XLSX or CSV. The figures are those of
 * {@link ProvincieOverzicht} (the round of the peildatum, the same rows and totals as the JSON endpoint); nothing is
 * recomputed here except the total row of the regional table, which is summed from its own rows.
 */
@Service
class OverzichtExport {

    static final List<String> KOP_PROVINCIE = List.of("gemeente", "naam", "taakstelling", "opgave",
            "minimaal (helft van de opgave)", "gehuisvest", "percentage van de opgave", "nog te huisvesten",
            "koppelingen", "koppelingen voldoende", "trede voor", "trede na", "conclusie", "besluit vereist",
            "ontbrekende gegevens");

    private final ProvincieOverzicht overzicht;
    private final GebiedService gebied;
    private final Clock clock;

    OverzichtExport(ProvincieOverzicht overzicht, GebiedService gebied, ObjectProvider<Clock> clock) {
        this.overzicht = overzicht;
        this.gebied = gebied;
        this.clock = clock.getIfAvailable(() -> Clock.system(Spreadsheet.TIJDZONE));
    }

    Bestand xlsx(String provincie, LocalDate peildatum, String regio) {
        Overzicht o = overzicht.van(provincie, peildatum, regio);
        Spreadsheet.Werkmap werkmap = Spreadsheet.werkmap();
        Besluiten besluiten = null;
        if (o.regio() == null) {
            werkmap.blad("Overzicht " + provincie, KOP_PROVINCIE, provincieRijen(o));
        } else {
            besluiten = besluitenPer1Januari(provincie, peildatum);
            werkmap.blad("Regio " + o.regio().code(), kopRegio(peildatum), regioRijen(o, besluiten),
                    totaalRegio(o));
        }
        werkmap.blad("Totalen", List.of("onderdeel", "waarde"), totalen(o.totalen()));
        if (o.ambitie() != null) {
            werkmap.blad("Ambitie " + o.ambitie().periode(), KOP_AMBITIE, ambitieRijen(o.ambitie()),
                    ambitieRij(o.ambitie().totaal()));
        }
        werkmap.blad("Toelichting", List.of("onderwerp", "toelichting"), toelichting(o, besluiten));
        return new Bestand(naam(o, "xlsx"), Spreadsheet.XLSX, werkmap.bytes());
    }

    Bestand csv(String provincie, LocalDate peildatum, String regio) {
        Overzicht o = overzicht.van(provincie, peildatum, regio);
        byte[] inhoud;
        if (o.regio() == null) {
            inhoud = Spreadsheet.csv(KOP_PROVINCIE, provincieRijen(o));
        } else {
            List<List<?>> rijen = new ArrayList<>(regioRijen(o, besluitenPer1Januari(provincie, peildatum)));
            rijen.add(totaalRegio(o));
            inhoud = Spreadsheet.csv(kopRegio(peildatum), rijen);
        }
        return new Bestand(naam(o, "csv"), Spreadsheet.CSV + ";charset=UTF-8", inhoud);
    }

    static String naam(Overzicht o, String extensie) {
        return "overzicht-" + o.provincie() + (o.regio() == null ? "" : "-" + o.regio().code()) + "-" + o.peildatum()
                + "." + extensie;
    }

    // --- the province table --------------------------------------------------------------------------------------

    static List<List<?>> provincieRijen(Overzicht o) {
        List<List<?>> rijen = new ArrayList<>();
        for (Regel r : o.gemeenten()) {
            rijen.add(Arrays.asList(r.gemeente(), r.naam(), r.taakstelling(), r.opgave(), r.minimaal(),
                    r.gehuisvest(), r.percentageVanOpgave(), r.nogTeHuisvesten(), r.koppelingen(),
                    jaNee(r.koppelingenVoldoende()), r.tredeVoor(), r.trede(), conclusie(r.conclusie()),
                    r.opgave() == null ? null : jaNee(r.besluitVereist()),
                    r.ontbrekend().isEmpty() ? null : String.join("; ", r.ontbrekend())));
        }
        return rijen;
    }

    // --- the ambition ---------------------------------------------------------------------------------------------

    static final List<String> KOP_AMBITIE = List.of("gemeente", "naam", "taakstelling",
            "additionele opgave (ambitie boven de taakstelling)", "ambitie", "opgave", "opgave met de ambitie",
            "gehuisvest", "nog te huisvesten voor de ambitie", "percentage van de opgave met de ambitie");

    static List<List<?>> ambitieRijen(ProvincieOverzicht.Ambitie a) {
        return a.gemeenten().stream().<List<?>>map(OverzichtExport::ambitieRij).toList();
    }

    static List<?> ambitieRij(ProvincieOverzicht.AmbitieRegel r) {
        return Arrays.asList(r.gemeente() == null ? "Totaal" : r.gemeente(), r.gemeente() == null ? null : r.naam(),
                r.taakstelling(), r.additioneleOpgave(), r.ambitie(), r.opgave(), r.opgaveMetAmbitie(), r.gehuisvest(),
                r.nogTeHuisvesten(), r.percentageVanOpgaveMetAmbitie());
    }

    // --- the regional table --------------------------------------------------------------------------------------

    static List<String> kopRegio(LocalDate peildatum) {
        return List.of("gemeente", "naam", "besluit per 1 januari " + peildatum.getYear() + " (trede)", "opgave",
                "gehuisvest tot nu toe", "nog te realiseren", "percentage van de opgave", "ontbrekende gegevens");
    }

    static List<List<?>> regioRijen(Overzicht o, Besluiten besluiten) {
        List<List<?>> rijen = new ArrayList<>();
        for (Regel r : o.gemeenten()) {
            rijen.add(Arrays.asList(r.gemeente(), r.naam(), besluiten.trede().get(r.gemeente()), r.opgave(),
                    r.gehuisvest(), r.nogTeHuisvesten(), r.percentageVanOpgave(),
                    r.ontbrekend().isEmpty() ? null : String.join("; ", r.ontbrekend())));
        }
        return rijen;
    }

    /** The total row of the regional table, summed from its rows (municipalities without figures do not count). */
    static List<?> totaalRegio(Overzicht o) {
        List<Regel> met = o.gemeenten().stream().filter(r -> r.opgave() != null).toList();
        long opgave = met.stream().mapToLong(Regel::opgave).sum();
        long gehuisvest = met.stream().mapToLong(Regel::gehuisvest).sum();
        long nog = met.stream().mapToLong(Regel::nogTeHuisvesten).sum();
        int zonder = o.gemeenten().size() - met.size();
        return Arrays.asList("Totaal", o.gemeenten().size() + " gemeenten"
                + (zonder == 0 ? "" : ", waarvan " + zonder + " zonder cijfers"), null, opgave, gehuisvest, nog,
                ToezichtEngine.percentage(gehuisvest, opgave), null);
    }

    /** The steps after the eindoordeel per 1 January of the peildatum's year, from that round if it is final. */
    record Besluiten(LocalDate datum, Long ronde, String status, Map<String, String> trede) {
    }

    Besluiten besluitenPer1Januari(String provincie, LocalDate peildatum) {
        LocalDate januari = LocalDate.of(peildatum.getYear(), 1, 1);
        Overzicht o;
        try {
            o = overzicht.van(provincie, januari, null);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                return new Besluiten(januari, null, null, Map.of());
            }
            throw e;
        }
        if (!"VASTGESTELD".equals(o.status())) {
            return new Besluiten(januari, o.ronde(), o.status(), Map.of());
        }
        Map<String, String> trede = o.gemeenten().stream().filter(r -> r.trede() != null)
                .collect(Collectors.toMap(Regel::gemeente, Regel::trede));
        return new Besluiten(januari, o.ronde(), o.status(), trede);
    }

    // --- totals and explanation ----------------------------------------------------------------------------------

    static List<List<?>> totalen(Totalen t) {
        List<List<?>> rijen = new ArrayList<>();
        rijen.add(Arrays.asList("aantal gemeenten", t.aantalGemeenten()));
        rijen.add(Arrays.asList("aantal gemeenten zonder cijfers", t.aantalZonderCijfers()));
        rijen.add(Arrays.asList("taakstelling", t.taakstelling()));
        rijen.add(Arrays.asList("opgave", t.opgave()));
        rijen.add(Arrays.asList("helft van de opgave", t.helft()));
        rijen.add(Arrays.asList("gehuisvest", t.gehuisvest()));
        rijen.add(Arrays.asList("percentage van de opgave", t.percentageVanOpgave()));
        rijen.add(Arrays.asList("nog te huisvesten", t.nogTeHuisvesten()));
        rijen.add(Arrays.asList("koppelingen", t.koppelingen()));
        rijen.add(Arrays.asList("haalbaar (koppelingen ten minste nog te huisvesten)", jaNee(t.haalbaar())));
        rijen.add(Arrays.asList("oordeel over de koppelingen per", t.koppelingenOordeelPer()));
        t.aantalPerTrede().forEach((trede, n) -> rijen.add(Arrays.asList("aantal gemeenten op trede " + trede, n)));
        rijen.add(Arrays.asList("aantal gemeenten met te weinig koppelingen",
                t.gemeentenMetTeWeinigKoppelingen().size()));
        t.gemeentenMetTeWeinigKoppelingen().forEach(g -> rijen.add(Arrays.asList("te weinig koppelingen", g)));
        return rijen;
    }

    private List<List<?>> toelichting(Overzicht o, Besluiten besluiten) {
        List<List<?>> rijen = new ArrayList<>();
        String provincieNaam = gebied.provincie(o.provincie()).map(Provincie::naam).orElse("");
        rijen.add(Arrays.asList("provincie", o.provincie() + " " + provincieNaam));
        if (o.regio() != null) {
            rijen.add(Arrays.asList("regio", o.regio().code() + " " + o.regio().naam()));
        }
        rijen.add(Arrays.asList("peildatum", o.peildatum()));
        rijen.add(Arrays.asList("soort", "TUSSENTIJDS".equals(o.soort()) ? "tussentijdse toets" : "eindoordeel"));
        rijen.add(Arrays.asList("beoordelingsronde", o.ronde()));
        rijen.add(Arrays.asList("status van de ronde", status(o.status())));
        if (besluiten != null) {
            rijen.add(Arrays.asList("besluit per " + NlFormaat.datum(besluiten.datum()), besluiten.ronde() == null
                    ? "Er is geen beoordelingsronde per " + NlFormaat.datum(besluiten.datum())
                            + "; de kolom is leeg."
                    : !"VASTGESTELD".equals(besluiten.status())
                            ? "De ronde per " + NlFormaat.datum(besluiten.datum()) + " (ronde " + besluiten.ronde()
                                    + ") is nog niet vastgesteld; de kolom is leeg."
                            : "Uit de vastgestelde ronde per " + NlFormaat.datum(besluiten.datum()) + " (ronde "
                                    + besluiten.ronde() + ")."));
        }
        rijen.add(Arrays.asList("gemaakt op", LocalDateTime.now(clock.withZone(Spreadsheet.TIJDZONE))));
        rijen.add(Arrays.asList("bron", "Woonregie, beoordelingsronde " + o.ronde() + ": de uitkomst per gemeente "
                + "zoals in de ronde vastgelegd (dezelfde cijfers als GET /api/v1/provincies/" + o.provincie()
                + "/overzicht?peildatum=" + o.peildatum() + (o.regio() == null ? "" : "&regio=" + o.regio().code())
                + "). Taakstellingen en beginstanden zoals ingevoerd door de provincie; gehuisvest en koppelingen "
                + "uit het TVS van het COA."));
        rijen.add(Arrays.asList((Object) null));
        Map<String, String> definities = new LinkedHashMap<>();
        definities.put("gemeente", "CBS-code van de gemeente.");
        definities.put("naam", "Naam van de gemeente.");
        if (o.regio() != null) {
            definities.put("besluit per 1 januari " + o.peildatum().getYear() + " (trede)", "De trede op de "
                    + "interventieladder na het eindoordeel per 1 januari van het jaar van de peildatum, uit de "
                    + "vastgestelde ronde van die datum; leeg als die ronde er niet is of nog niet is vastgesteld.");
        } else {
            definities.put("taakstelling", "De taakstelling van de periode (Huisvestingswet 2014, art. 28).");
        }
        definities.put("opgave", "Taakstelling plus de achterstand (of min de voorsprong) uit de vorige periode.");
        if (o.regio() == null) {
            definities.put("minimaal (helft van de opgave)", "Wat op de middendatum gehuisvest moet zijn: de helft "
                    + "van de opgave, naar boven afgerond; 0 als de opgave 0 of minder is.");
        }
        definities.put(o.regio() == null ? "gehuisvest" : "gehuisvest tot nu toe", "Gehuisveste vergunninghouders "
                + "in de periode volgens het COA: bij een tussentijdse toets tot de peildatum, bij een eindoordeel "
                + "aan het einde van de periode (zonder huurcontracten).");
        definities.put("percentage van de opgave", "100 × gehuisvest / opgave, half naar boven afgerond op een "
                + "geheel getal; leeg als de opgave 0 of minder is. Het is géén percentage van het minimaal.");
        definities.put(o.regio() == null ? "nog te huisvesten" : "nog te realiseren", "Opgave min gehuisvest.");
        if (o.regio() == null) {
            definities.put("koppelingen", "Door het COA gekoppelde, nog niet gehuisveste vergunninghouders op de "
                    + "peildatum (alleen bij een tussentijdse toets).");
            definities.put("koppelingen voldoende", "Ja als de koppelingen ten minste het aantal nog te huisvesten "
                    + "zijn, of zoals de toezichthouder daarover heeft geoordeeld. Bij een eindoordeel is het het "
                    + "oordeel van de tussentijdse toets van de periode (zie 'oordeel over de koppelingen per' op het "
                    + "blad Totalen).");
            definities.put("trede voor", "De trede op de interventieladder vóór dit oordeel (0 taakstelling "
                    + "gerealiseerd, 1 signaleren, 2 informatie opvragen, 3a/3b afspraken, 4 vooraankondiging, "
                    + "5 besluit tot indeplaatsstelling, 6 indeplaatsstelling).");
            definities.put("trede na", "De trede na dit oordeel.");
            definities.put("conclusie", "gerealiseerd, zelfde fase, volgende fase, of volgende fase voorgesteld "
                    + "(een stap naar trede 4, 5 of 6 die een besluit van Gedeputeerde Staten vraagt).");
            definities.put("besluit vereist", "Ja als de voorgestelde stap pas geldt na een vastgelegd besluit.");
        }
        definities.put("ontbrekende gegevens", "Welke cijfers ontbreken; dan is voor de gemeente geen oordeel "
                + "berekend en tellen haar cijfers niet mee in de totalen.");
        definities.forEach((kolom, uitleg) -> rijen.add(Arrays.asList("kolom '" + kolom + "'", uitleg)));
        if (o.regio() != null) {
            rijen.add(Arrays.asList("rij 'Totaal'", "De som van de rijen erboven over de gemeenten met cijfers; het "
                    + "percentage is berekend over die sommen."));
        }
        if (o.ambitie() != null) {
            rijen.add(Arrays.asList("blad 'Ambitie " + o.ambitie().periode() + "'", "De gezamenlijke ambitie boven de "
                    + "taakstelling van de " + nl.woonregie.toezicht.regels.Periode.of(o.ambitie().periode()).omschrijving() + ", per gemeente met een oordeel "
                    + "in deze ronde: ambitie = taakstelling plus de additionele opgave; opgave met de ambitie = opgave "
                    + "(taakstelling en saldo) plus de additionele opgave; nog te huisvesten voor de ambitie = opgave "
                    + "met de ambitie min gehuisvest; het percentage is 100 × gehuisvest / opgave met de ambitie, half "
                    + "naar boven afgerond. De ambitie telt niet mee voor het oordeel op de interventieladder. De rij "
                    + "'Totaal' is de som over de gemeenten."));
        }
        rijen.add(Arrays.asList("blad 'Totalen'", "Sommen over de gemeenten met cijfers (dezelfde als 'totalen' in "
                + "het JSON-overzicht); helft = de helft van de totale opgave naar boven afgerond; koppelingen alleen "
                + "als ze van alle gemeenten bekend zijn; haalbaar als de koppelingen ten minste het totaal nog te "
                + "huisvesten zijn; het aantal gemeenten per trede na dit oordeel; de gemeenten met te weinig "
                + "koppelingen op de datum van het oordeel over de koppelingen (bij een eindoordeel: de middendatum "
                + "van de periode, en alleen de gemeenten die hun opgave niet hebben gerealiseerd)."));
        return rijen;
    }

    static String status(String status) {
        return "VASTGESTELD".equals(status) ? "vastgesteld (definitief)"
                : "concept (voorlopig: cijfers en oordelen kunnen nog wijzigen)";
    }

    static String jaNee(Boolean b) {
        return b == null ? null : b ? "ja" : "nee";
    }

    /** VOLGENDE_FASE → "volgende fase". */
    static String conclusie(String code) {
        return code == null ? null : code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
