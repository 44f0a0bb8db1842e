package nl.woonregie.verhuisbox.evaluatie;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import nl.woonregie.platform.export.Spreadsheet;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.verhuisbox.traject.TrajectCijfers.Evaluatiecasus;

/**
 * The columns of the evaluator's dataset (issue 20 §6): one row per case, each value generalised by
 * {@link Generalisatie}, each column explained on the sheet "Toelichting", and what is left out listed on the sheet
 * "Weggelaten". What a column may hold is decided here, in one place; a new column is a new line here.
 */
final class Dataset {

    /** A column: its header, what it holds (for the explanation) and how a case fills it. */
    record Kolom(String kop, String uitleg, Function<Regel, Object> waarde) {
    }

    /** A case with what the dataset adds to it: its pseudonym, the names of its destination and its money. */
    record Regel(Evaluatiecasus c, String pseudoniem, String bestemming, String bestemmingProvincie,
            BigDecimal betaald) {
    }

    static final List<Kolom> KOLOMMEN = List.of(
            new Kolom("Pseudoniem", "Vast pseudoniem van de casus: in elke export van het team hetzelfde; zonder de "
                    + "sleutel van het team niet naar de casus te herleiden", Regel::pseudoniem),
            new Kolom("Bron", "Live in Woonregie gevolgd, of geïmporteerd uit de spreadsheet van het team",
                    r -> r.c().geimporteerd() ? "Geïmporteerd" : "Woonregie"),
            new Kolom("Geanonimiseerd", "Ja als de bewaartermijn verstreken is en de casus geanonimiseerd is (de "
                    + "gegevens hieronder blijven bij anonimiseren bewaard)", r -> janee(r.c().geanonimiseerd())),
            new Kolom("Categorie", "Huishouden of jongere", r -> label("verhuisbox.Categorie", r.c().categorie())),
            new Kolom("Route", "Regulier (wachtlijst en intake) of alleen geld", r -> label("verhuisbox.Route",
                    r.c().route())),
            new Kolom("Stand", "De stand van de casus bij het maken van de dataset", r -> Labels.van(r.c().status())),
            new Kolom("Aanmeldmaand", "Maand van de (complete) aanmelding", r -> Generalisatie.maand(
                    r.c().aanmelddatum())),
            new Kolom("Toetsmaand", "Maand van het besluit van de ICP-toets", r -> Generalisatie.maand(
                    r.c().toetsdatum())),
            new Kolom("Startmaand", "Maand van de start: de intake, of de start van de route alleen geld",
                    r -> Generalisatie.maand(r.c().startdatum())),
            new Kolom("Eindmaand", "Maand van de weigering of de afsluiting", r -> Generalisatie.maand(
                    r.c().einddatum())),
            new Kolom("Geboortejaren", "Geboortejaar van de aangemelde persoon in klassen van vijf jaar",
                    r -> Generalisatie.jaarklasse(r.c().geboortejaar())),
            new Kolom("Huishoudtype", "Uit het aantal volwassenen en kinderen, of zoals in het bestand",
                    r -> label("verhuisbox.traject.Historie.Huishoudtype", r.c().huishoudtype())),
            new Kolom("Volwassenen", "Aantal volwassenen (3 of meer samen); onbekend bij geïmporteerde casussen",
                    r -> Generalisatie.aantal(r.c().volwassenen(), Generalisatie.VOLWASSENEN_VANAF)),
            new Kolom("Kinderen", "Aantal minderjarige kinderen (4 of meer samen)",
                    r -> Generalisatie.aantal(r.c().kinderen(), Generalisatie.KINDEREN_VANAF)),
            new Kolom("Remigrant", "Ja, nee of onbekend", r -> janee(r.c().remigrant())),
            new Kolom("Werkperspectief", "Ja, nee of onbekend", r -> janee(r.c().werkperspectief())),
            new Kolom("Soort inkomen", "Soort inkomen bij aanmelding", r -> label(
                    "verhuisbox.traject.Historie.Inkomen", r.c().inkomen())),
            new Kolom("Soort slaapplaats", "Waar de persoon sliep bij aanmelding", r -> label(
                    "verhuisbox.traject.Slaapplaats", r.c().slaapplaats())),
            new Kolom("Dakloos sinds", "Jaar sinds wanneer dakloos, in klassen van vijf jaar",
                    r -> r.c().dakloosSinds() == null ? "onbekend" : Generalisatie.jaarklasse(r.c().dakloosSinds())),
            new Kolom("Opvang van herkomst", "De opvangvoorziening waar de persoon vandaan kwam (organisatie)",
                    r -> r.c().opvang() == null ? "geen" : r.c().opvang()),
            new Kolom("Verwijzende organisatie", "Naam uit het register van verwijzers, anders zoals getypt of in het "
                    + "bestand", r -> r.c().organisatie()),
            new Kolom("Uitkomst", "Verhuisd, gehuisvest in de eigen gemeente of het eigen netwerk, gestopt of "
                    + "geweigerd; leeg zolang de casus loopt", r -> r.c().uitkomst() == null ? ""
                            : "GEWEIGERD".equals(r.c().uitkomst()) ? Labels.van("verhuisbox.Status", "GEWEIGERD")
                                    : label("verhuisbox.Uitkomst", r.c().uitkomst())),
            new Kolom("Stopreden", "Waarom de casus stopte (alleen bij gestopt)", r -> r.c().stopreden() == null ? ""
                    : label("verhuisbox.Stopreden", r.c().stopreden())),
            new Kolom("Bestemming", "Gemeente waar het huishouden ging wonen", r -> r.bestemming() == null ? ""
                    : r.bestemming()),
            new Kolom("Provincie van bestemming", "Provincie van die gemeente", r -> r.bestemmingProvincie() == null
                    ? "" : r.bestemmingProvincie()),
            new Kolom("Betaald", "Som van de betaalde verstrekkingen van de casus (alle potten)",
                    r -> new Spreadsheet.Bedrag(r.betaald() == null ? BigDecimal.ZERO : r.betaald())));

    /** What the dataset never holds, and why — for the sheet "Weggelaten" and docs/verhuisbox.md. */
    static final List<List<String>> WEGGELATEN = List.of(
            List.of("Naam, BSN, telefoonnummer, e-mailadres", "Directe identificerende gegevens"),
            List.of("Geboortedatum", "Alleen de klasse van vijf geboortejaren"),
            List.of("Exacte datums", "Alleen de maand van aanmelding, toets, start en einde"),
            List.of("Nummer van de casus en kenmerk uit de spreadsheet", "Vervangen door het pseudoniem"),
            List.of("Vrije tekst: reden van aanmelding, urgentie, notities, toelichtingen, overdracht, brieven",
                    "Kan alles over een persoon bevatten"),
            List.of("Netwerk (bij wie), gezinscoach, contactpersonen, adressen", "Andere personen en adressen"),
            List.of("Medewerkers en accounts (aanmelder, casemanager, administratief)", "Geen gegevens over "
                    + "medewerkers"),
            List.of("Documenten, inschrijvingen en inloggegevens van woningsites, reacties en aanbiedingen",
                    "Niet nodig voor de evaluatie"),
            List.of("Precieze aantallen boven 2 volwassenen of 3 kinderen", "Grote huishoudens zijn herkenbaar: "
                    + "samengevoegd als '3 of meer' en '4 of meer'"));

    private Dataset() {
    }

    static List<String> kop() {
        return KOLOMMEN.stream().map(Kolom::kop).toList();
    }

    static List<List<?>> rijen(List<Regel> regels) {
        List<List<?>> rijen = new ArrayList<>();
        for (Regel r : regels) {
            rijen.add(KOLOMMEN.stream().map(k -> k.waarde().apply(r)).toList());
        }
        return rijen;
    }

    /** The workbook: the data, the explanation of every column with the request's facts, and what is left out. */
    static byte[] werkmap(List<Regel> regels, Map<String, String> verantwoording) {
        List<List<?>> toelichting = new ArrayList<>();
        verantwoording.forEach((k, v) -> toelichting.add(Arrays.asList(k, v)));
        toelichting.add(Arrays.asList("", ""));
        for (Kolom k : KOLOMMEN) {
            toelichting.add(Arrays.asList(k.kop(), k.uitleg()));
        }
        return Spreadsheet.werkmap()
                .blad("Casussen", kop(), rijen(regels))
                .blad("Toelichting", List.of("Onderdeel", "Betekenis"), toelichting)
                .blad("Weggelaten", List.of("Niet in de dataset", "Waarom"), WEGGELATEN)
                .bytes();
    }

    private static String janee(Boolean b) {
        return b == null ? "onbekend" : b ? "ja" : "nee";
    }

    private static String label(String type, String code) {
        return code == null ? "onbekend" : Labels.zoek(type, code).orElse(code);
    }
}
