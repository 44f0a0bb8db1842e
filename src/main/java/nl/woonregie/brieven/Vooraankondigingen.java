package nl.woonregie.brieven;

import static nl.woonregie.toezicht.regels.NlFormaat.datum;
import static nl.woonregie.toezicht.regels.NlFormaat.getal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.brieven.internal.Besluittekst;
import nl.woonregie.brieven.internal.BriefOpmaak;
import nl.woonregie.brieven.internal.IndeplaatsstellingOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.pdf.PdfADocument;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 4 of the interventieladder as a legal document (issue 19 §3, ADR 0054): the vooraankondiging of Gedeputeerde
 * Staten — "De provincie kondigt aan in te zullen grijpen; afschrift aan de gemeenteraad, openbaar gemaakt"
 * (beleidskader {@code zuid-holland-2020.yaml}, step 4; spec {@code toezicht.md}). The same record, decision and
 * sender as the besluit tot indeplaatsstelling ({@link Indeplaatsstellingen}): the province's TOEZICHTHOUDER drafts it
 * from the stored figures of a vastgestelde round in which the municipality's outcome is step 4 (or, with a reason,
 * for any municipality of the province from the figures of today), records GS's decision (date and number, to the
 * draft's version; the letter with its copy line to the council frozen as PDF/A), sends it to the college and, as the
 * copy to the council, to the griffie contacts of the register, and records its publication. A decided
 * vooraankondiging without publication is on the supervisor's worklist. A BEHEERDER reads everything; the municipality
 * reads those sent to it; anyone else 404 (one) or 403 (a list).
 */
@Service
public class Vooraankondigingen {

    static final String SJABLOON = "vooraankondiging-verzending";
    static final String TREDE = "4";

    private final IndeplaatsstellingOpslag opslag;
    private final Indeplaatsstellingen indeplaatsstellingen;
    private final RondeService rondes;
    private final GebiedService gebied;
    private final BriefOpmaak opmaak;
    private final BriefVerzending verzending;
    private final Contacten contacten;
    private final ApplicationEventPublisher gebeurtenissen;

    Vooraankondigingen(IndeplaatsstellingOpslag opslag, Indeplaatsstellingen indeplaatsstellingen,
            RondeService rondes, GebiedService gebied, BriefOpmaak opmaak, BriefVerzending verzending,
            Contacten contacten, ApplicationEventPublisher gebeurtenissen) {
        this.opslag = opslag;
        this.indeplaatsstellingen = indeplaatsstellingen;
        this.rondes = rondes;
        this.gebied = gebied;
        this.opmaak = opmaak;
        this.verzending = verzending;
        this.contacten = contacten;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Drafts a vooraankondiging for the municipality; 400 naming every invalid field, 403 unless its supervisor. */
    @Transactional
    public Vooraankondiging ontwerp(Gebruiker g, String gemeente, Vooraankondigingverzoek v, String client) {
        String provincie = gebied.provincieVan(gemeente)
                .orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
        if (!magSchrijven(g, provincie)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "stelt een vooraankondiging op.", null);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        String overwegingen = brieftekst(v == null ? null : v.overwegingen(), "overwegingen", 20_000, true, fouten);
        String voornemen = brieftekst(v == null ? null : v.voornemen(), "voornemen", 5_000, true, fouten);
        String reden = brieftekst(v == null ? null : v.reden(), "reden", 2_000, false, fouten);
        LocalDate termijnTot = null;
        String termijn = v == null ? null : v.termijnTot();
        if (termijn == null || termijn.isBlank()) {
            fouten.add(new InvalidParam("termijnTot", "verplicht: de laatste dag van de termijn die de gemeente nog "
                    + "heeft (JJJJ-MM-DD)"));
        } else {
            termijnTot = Indeplaatsstellingen.leesDatum(termijn, "termijnTot", fouten);
        }
        Long rondeId = v == null ? null : v.ronde();
        Ronde.GemeenteUitkomst uitkomst = null;
        Ronde ronde = null;
        if (rondeId != null) {
            if (!rondes.provincieVan(rondeId).map(provincie::equals).orElse(false)) {
                fouten.add(new InvalidParam("ronde", "geen beoordelingsronde van deze provincie"));
            } else {
                ronde = rondes.lees(rondeId, gemeente::equals);
                uitkomst = ronde.gemeenten().stream().findFirst().orElse(null);
                if (!ronde.vastgesteld()) {
                    fouten.add(new InvalidParam("ronde", "de beoordelingsronde is nog niet vastgesteld"));
                } else if (uitkomst == null || uitkomst.beoordeling() == null) {
                    fouten.add(new InvalidParam("ronde", "de gemeente is in deze beoordelingsronde niet beoordeeld"));
                } else if (!TREDE.equals(uitkomst.tredeNa())) {
                    fouten.add(new InvalidParam("ronde", "de uitkomst van de gemeente in deze beoordelingsronde is "
                            + "trede " + uitkomst.tredeNa() + ", niet trede 4; stel de vooraankondiging zonder ronde "
                            + "op en geef een reden"));
                }
            }
        } else if (reden == null && !fouten.stream().anyMatch(f -> f.name().equals("reden"))) {
            fouten.add(new InvalidParam("reden", "verplicht zonder een vastgestelde beoordelingsronde waarin de "
                    + "gemeente op trede 4 staat: waarom de provincie nu een vooraankondiging doet"));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De vooraankondiging is niet opgesteld.", fouten);
        }
        IndeplaatsstellingOpslag.Cijfers c = ronde != null ? cijfersUit(uitkomst.beoordeling())
                : indeplaatsstellingen.cijfersVan(gemeente, gebied.vandaag());
        long id = opslag.nieuweAankondiging(provincie, gemeente, overwegingen, c, rondeId, reden, voornemen,
                termijnTot, g.actor());
        gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.AankondigingOntworpen(id, gemeente,
                c.periode(), rondeId, reden, termijnTot, new Actor(g.actor(), client)));
        return lees(g, id);
    }

    /** A text for the letter: required or not, at most {@code max} characters, printable in XHTML and PDF/A. */
    static String brieftekst(String waarde, String veld, int max, boolean verplicht, List<InvalidParam> fouten) {
        String tekst = Contacten.tekst(waarde, veld, max, verplicht, fouten);
        if (tekst != null && !Indeplaatsstellingen.drukbaar(tekst)) {
            fouten.add(new InvalidParam(veld, "bevat een stuurteken dat niet in een brief kan"));
            return null;
        }
        return tekst;
    }

    /** The figures of the round's stored outcome: its period, opgave's taakstelling, housed as judged, leases. */
    private static IndeplaatsstellingOpslag.Cijfers cijfersUit(BeoordelingRecord b) {
        long huur = b instanceof BeoordelingRecord.Eindoordeel e ? e.huurcontracten() : 0;
        return new IndeplaatsstellingOpslag.Cijfers(b.periode().code(),
                Math.toIntExact(b.taakstelling() + b.additioneleOpgave()), Math.toIntExact(b.gehuisvestVoorOordeel()),
                b.peildatum(), Math.toIntExact(huur));
    }

    /**
     * Records GS's decision on the draft at version {@code versie}: date and number; freezes the letter (with its copy
     * line to the council) as PDF/A. 400 naming every invalid field (the term not after the decision's date among
     * them), 409 when the draft changed or was decided meanwhile.
     */
    @Transactional
    public Vooraankondiging besluit(Gebruiker g, long id, Besluitverzoek v, String client) {
        IndeplaatsstellingOpslag.Rij r = teSchrijven(g, id);
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate besluitdatum = null;
        String tekst = v == null ? null : v.besluitdatum();
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("besluitdatum", "verplicht (JJJJ-MM-DD)"));
        } else {
            besluitdatum = Indeplaatsstellingen.leesDatum(tekst, "besluitdatum", fouten);
        }
        String nummer = Contacten.tekst(v == null ? null : v.besluitnummer(), "besluitnummer", 40, true, fouten);
        if (nummer != null && !Indeplaatsstellingen.BESLUITNUMMER.matcher(nummer).matches()) {
            fouten.add(new InvalidParam("besluitnummer", "alleen letters, cijfers, spaties en . / - _ ( ) :"));
        }
        if (v == null || v.versie() == null) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie van het concept (of If-Match)"));
        }
        if (besluitdatum != null && !r.aankondiging().termijnTot().isAfter(besluitdatum)) {
            fouten.add(new InvalidParam("besluitdatum", "ligt niet vóór het einde van de termijn ("
                    + datum(r.aankondiging().termijnTot()) + "): de gemeente heeft na de vooraankondiging nog een "
                    + "termijn"));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De vooraankondiging is niet vastgelegd.", fouten);
        }
        if (!"CONCEPT".equals(r.status()) || v.versie() != r.versie()) {
            throw gewijzigd(id, r.versie());
        }
        String afschrift = afschrift(r.gemeente());
        byte[] pdf = PdfADocument.render(opmaak.html(tekst(r, besluitdatum, nummer, afschrift)));
        String sha = Sha256.hex(pdf);
        if (!opslag.besluit(id, r.versie(), besluitdatum, nummer, pdf, sha, g.actor())) {
            throw gewijzigd(id, r.versie());
        }
        opslag.afschrift(id, afschrift);
        gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.AankondigingBesloten(id, r.gemeente(),
                besluitdatum, nummer, sha, afschrift, r.versie() + 1, new Actor(g.actor(), client)));
        return lees(g, id);
    }

    private static ApiException gewijzigd(long id, int versie) {
        return new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "De vooraankondiging " + id + " is "
                + "intussen gewijzigd of al besloten (nu versie " + versie + "); lees haar opnieuw.", null);
    }

    /** The copy line of the letter: to the council, through its griffie. */
    private String afschrift(String gemeente) {
        return "Afschrift aan: de gemeenteraad van " + gebied.naam(gemeente) + " (via de griffie)";
    }

    /** The letter of a draft as a preview (CONCEPT, not stored) or the frozen PDF/A of a decided vooraankondiging. */
    @Transactional(readOnly = true)
    public byte[] pdf(Gebruiker g, long id) {
        IndeplaatsstellingOpslag.Rij r = teLezen(g, id);
        return "BESLOTEN".equals(r.status()) ? opslag.pdf(id).orElseThrow()
                : PdfADocument.render(opmaak.html(tekst(r, null, null, afschrift(r.gemeente()))));
    }

    /**
     * Sends the decided vooraankondiging to the college's addressees and, as the copy to the council, to the griffie
     * contacts of the register, each once, through the one sender of letters. 409 when it is not decided.
     */
    @Transactional
    public Vooraankondiging verzend(Gebruiker g, long id, String client) {
        IndeplaatsstellingOpslag.Rij r = teSchrijven(g, id);
        if (!"BESLOTEN".equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet besloten", "De vooraankondiging " + id + " is nog een "
                    + "concept; zij wordt pas na het besluit van Gedeputeerde Staten verzonden.", null);
        }
        Actor actor = new Actor(g.actor(), client);
        String provincieNaam = indeplaatsstellingen.provincieNaam(r.provincie());
        String gemeenteNaam = gebied.naam(r.gemeente());
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("provincie", provincieNaam);
        gegevens.put("gemeente", gemeenteNaam);
        gegevens.put("besluitnummer", r.besluitnummer());
        gegevens.put("besluitdatum", datum(r.besluitdatum()));
        gegevens.put("termijnTot", datum(r.aankondiging().termijnTot()));
        String bestand = "Vooraankondiging-" + r.gemeente() + "-" + r.besluitnummer()
                .replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
        gegevens.put("bestand", bestand);
        String onderwerp = "Vooraankondiging van Gedeputeerde Staten van " + provincieNaam + " aan " + gemeenteNaam
                + ": huisvesting vergunninghouders (besluit " + r.besluitnummer() + ")";
        BriefVerzending.Stuk stuk = new BriefVerzending.Stuk(r.gemeente(), r.besluitnummer(), bestand,
                opslag.pdf(id).orElseThrow(), onderwerp, SJABLOON, gegevens);
        List<Contact> aan = contacten.geadresseerdenMetRaad(r.gemeente());
        Map<Long, Contactrol> rollen = new java.util.HashMap<>();
        aan.forEach(c -> rollen.put(c.id(), c.gegevens().rol()));
        for (BriefVerzending.Geplaatst p : verzending.verzendBesluit(id, stuk, aan, g.actor(), actor)) {
            gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.AankondigingVerzonden(id, r.gemeente(),
                    r.besluitnummer(), p.contact(), rollen.get(p.contact()), p.wijze(), p.bericht(), p.plaatsing(),
                    actor));
        }
        return lees(g, id);
    }

    /**
     * Records the publication of the decided vooraankondiging (the day, where, an optional link) to its version.
     * 400 naming every invalid field (a day before the decision or after today among them), 409 when it is not
     * decided, already published or changed meanwhile.
     */
    @Transactional
    public Vooraankondiging publiceer(Gebruiker g, long id, Publicatieverzoek v, String client) {
        IndeplaatsstellingOpslag.Rij r = teSchrijven(g, id);
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate op = null;
        String tekst = v == null ? null : v.gepubliceerdOp();
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("gepubliceerdOp", "verplicht (JJJJ-MM-DD)"));
        } else {
            op = Indeplaatsstellingen.leesDatum(tekst, "gepubliceerdOp", fouten);
        }
        if (op != null && r.besluitdatum() != null && op.isBefore(r.besluitdatum())) {
            fouten.add(new InvalidParam("gepubliceerdOp", "ligt vóór de besluitdatum (" + datum(r.besluitdatum())
                    + ")"));
        } else if (op != null && op.isAfter(gebied.vandaag())) {
            fouten.add(new InvalidParam("gepubliceerdOp", "ligt na vandaag: leg een publicatie vast als zij er is"));
        }
        String plaats = brieftekst(v == null ? null : v.plaats(), "plaats", 200, true, fouten);
        String link = Contacten.tekst(v == null ? null : v.link(), "link", 500, false, fouten);
        if (link != null && !webadres(link)) {
            fouten.add(new InvalidParam("link", "geen webadres (https://…)"));
        }
        if (v == null || v.versie() == null) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie van de vooraankondiging (of If-Match)"));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De publicatie is niet vastgelegd.", fouten);
        }
        if (!"BESLOTEN".equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet besloten", "De vooraankondiging " + id + " is nog een "
                    + "concept; alleen een besloten vooraankondiging wordt gepubliceerd.", null);
        }
        if (r.aankondiging().publicatie() != null || v.versie() != r.versie()
                || !opslag.publiceer(id, r.versie(), op, plaats, link, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "De vooraankondiging " + id + " is "
                    + "intussen gewijzigd of al gepubliceerd (nu versie " + r.versie() + "); lees haar opnieuw.",
                    null);
        }
        gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.AankondigingGepubliceerd(id, r.gemeente(), op,
                plaats, link, r.versie() + 1, new Actor(g.actor(), client)));
        return lees(g, id);
    }

    private static boolean webadres(String tekst) {
        try {
            URI u = new URI(tekst);
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null && !tekst.chars().anyMatch(Character::isWhitespace);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** One vooraankondiging with its sending; 404 when it does not exist or the reader may not read it. */
    @Transactional(readOnly = true)
    public Vooraankondiging lees(Gebruiker g, long id) {
        return beeld(teLezen(g, id));
    }

    /**
     * The vooraankondigingen of a municipality the reader may read, newest first: the province's supervisor (and
     * BEHEERDER) all, the municipality itself those sent to it; anyone else 403, an unknown municipality 404.
     */
    @Transactional(readOnly = true)
    public List<Vooraankondiging> vanGemeente(Gebruiker g, String gemeente) {
        String provincie = gebied.provincieVan(gemeente)
                .orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
        if (!Toegang.magProvincieToezien(g, provincie) && !g.gemeenten(Rol.GEMEENTE).contains(gemeente)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U hebt geen toegang tot de "
                    + "vooraankondigingen van deze gemeente.", null);
        }
        return opslag.vanGemeente(gemeente, TREDE).stream().filter(r -> magLezen(g, r)).map(this::beeld).toList();
    }

    /** A decided vooraankondiging not yet published: on the supervisor's worklist. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "OngepubliceerdeVooraankondiging")
    public record Werkpunt(long vooraankondiging, String gemeente, String gemeenteNaam, String besluitnummer,
            LocalDate besluitdatum) {
    }

    /** The decided vooraankondigingen of the province not yet published (its TOEZICHTHOUDER, BEHEERDER; else 403). */
    @Transactional(readOnly = true)
    public List<Werkpunt> werklijst(Gebruiker g, String provincie) {
        if (!Toegang.magProvincieToezien(g, provincie)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "ziet deze werklijst.", null);
        }
        return opslag.ongepubliceerd(provincie).stream().map(o -> new Werkpunt(o.id(), o.gemeente(),
                gebied.naam(o.gemeente()), o.besluitnummer(), o.besluitdatum())).toList();
    }

    /** The griffie contacts of the municipality in the register (the page warns when there is none). */
    @Transactional(readOnly = true)
    public List<Contact> griffie(String gemeente) {
        return contacten.griffie(gemeente);
    }

    private Vooraankondiging beeld(IndeplaatsstellingOpslag.Rij r) {
        boolean besloten = "BESLOTEN".equals(r.status());
        IndeplaatsstellingOpslag.Cijfers c = r.cijfers();
        IndeplaatsstellingOpslag.Aankondiging a = r.aankondiging();
        IndeplaatsstellingOpslag.Publicatie p = a.publicatie();
        return new Vooraankondiging(r.id(), r.provincie(), r.gemeente(), gebied.naam(r.gemeente()), r.status(),
                r.versie(), a.ronde(), a.reden(), r.overwegingen(), a.voornemen(), a.termijnTot(),
                new Indeplaatsstelling.Cijfers(c.periode(), c.taakstelling(), c.gehuisvestCoa(), c.coaTot(),
                        c.personenHuur()),
                r.besluitdatum(), r.besluitnummer(), r.sha256(), a.afschrift(), p == null ? null
                        : new Vooraankondiging.Publicatie(p.op(), p.plaats(), p.link(), p.door(), p.vastgelegdOp()),
                r.aangemaaktDoor(), r.aangemaaktOp(), r.beslotenDoor(), r.beslotenOp(),
                besloten ? verzending.besluitStand(r.id(), contacten.geadresseerdenMetRaad(r.gemeente())) : null);
    }

    /** The words of the letter; {@code besluitdatum} null for a preview of a draft. */
    private Besluittekst tekst(IndeplaatsstellingOpslag.Rij r, LocalDate besluitdatum, String nummer,
            String afschrift) {
        String provincie = indeplaatsstellingen.provincieNaam(r.provincie());
        String gemeente = gebied.naam(r.gemeente());
        boolean concept = besluitdatum == null;
        IndeplaatsstellingOpslag.Cijfers c = r.cijfers();
        IndeplaatsstellingOpslag.Aankondiging a = r.aankondiging();
        LocalDate peildatum = a.ronde() == null ? null : rondes.peildata(List.of(a.ronde())).get(a.ronde());
        List<Besluittekst.Rij> rijen = new ArrayList<>();
        rijen.add(new Besluittekst.Rij("Periode", Periode.of(c.periode()).omschrijving()));
        rijen.add(new Besluittekst.Rij("Taakstelling in deze periode", c.taakstelling() == null
                ? "niet bekend" : getal(c.taakstelling())));
        rijen.add(new Besluittekst.Rij((peildatum != null ? "Gehuisvest volgens de beoordeling" : "Gehuisvest volgens "
                + "COA") + (c.coaTot() == null ? "" : " (tot en met " + datum(c.coaTot()) + ")"),
                c.gehuisvestCoa() == null ? "geen cijfers van COA" : getal(c.gehuisvestCoa())));
        rijen.add(new Besluittekst.Rij("Gehuisvest met ingediende huurcontracten", getal(c.personenHuur())));
        List<String> inleiding = new ArrayList<>();
        inleiding.add(peildatum != null
                ? "Bij de beoordeling per " + datum(peildatum) + " hebben wij vastgesteld dat de gemeente " + gemeente
                        + " haar taakstelling voor de huisvesting van vergunninghouders niet naar behoren uitvoert. De "
                        + "gemeente staat daarmee op trede 4 van de interventieladder: de vooraankondiging van een "
                        + "juridische interventie."
                : "Wij hebben vastgesteld dat de gemeente " + gemeente + " haar taakstelling voor de huisvesting van "
                        + "vergunninghouders niet naar behoren uitvoert. Daarom zetten wij trede 4 van de "
                        + "interventieladder: de vooraankondiging van een juridische interventie.");
        inleiding.add("Met deze brief kondigen wij aan dat wij voornemens zijn in te grijpen als de gemeente haar "
                + "taakstelling niet alsnog uitvoert. Een afschrift van deze brief gaat naar de gemeenteraad; de "
                + "vooraankondiging wordt openbaar gemaakt.");
        inleiding.add(peildatum != null ? "De cijfers hieronder zijn die van de beoordeling per " + datum(peildatum)
                + "." : "De cijfers hieronder zijn de cijfers die bij de provincie zijn vastgelegd op het moment dat "
                        + "deze vooraankondiging werd voorbereid.");
        List<String> slot = new ArrayList<>(Indeplaatsstellingen.alineas(a.voornemen()));
        slot.add("Wij geven de gemeente tot en met " + datum(a.termijnTot()) + " de gelegenheid om de achterstand in "
                + "te lopen. Voert de gemeente haar taakstelling dan nog niet naar behoren uit, dan kunnen wij "
                + "besluiten tot indeplaatsstelling (trede 5 van de interventieladder, artikel 124 van de "
                + "Gemeentewet): een besluit met een of meer begunstigingstermijnen waarna wij namens en ten laste "
                + "van de gemeente in de huisvesting van vergunninghouders voorzien.");
        slot.add("Deze vooraankondiging is de aankondiging van een voornemen en geen besluit waartegen bezwaar "
                + "openstaat. Tegen een besluit tot indeplaatsstelling staat wel bezwaar open.");
        return new Besluittekst("Vooraankondiging", provincie, gemeente,
                concept ? "CONCEPT (nog geen besluitdatum)" : datum(besluitdatum),
                concept ? "CONCEPT (nog geen besluitnummer)" : nummer,
                "Vooraankondiging interventie huisvesting vergunninghouders " + gemeente, concept, inleiding, rijen,
                Indeplaatsstellingen.alineas(r.overwegingen()), List.of(), "Voorgenomen interventie", slot,
                List.of(), afschrift);
    }

    /** The province's TOEZICHTHOUDER writes (drafts, decides, sends, publishes). */
    private static boolean magSchrijven(Gebruiker g, String provincie) {
        return g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
    }

    /** The province's TOEZICHTHOUDER and a BEHEERDER read everything. */
    /** Its supervisor and a BEHEERDER; the municipality once it was sent (as a round's letter in its portal). */
    private boolean magLezen(Gebruiker g, IndeplaatsstellingOpslag.Rij r) {
        return Toegang.magProvincieToezien(g, r.provincie()) || "BESLOTEN".equals(r.status())
                && g.gemeenten(Rol.GEMEENTE).contains(r.gemeente()) && verzending.besluitVerzonden(r.id());
    }

    private IndeplaatsstellingOpslag.Rij teLezen(Gebruiker g, long id) {
        return opslag.lees(id).filter(r -> TREDE.equals(r.trede()) && magLezen(g, r))
                .orElseThrow(() -> ApiException.notFound("Vooraankondiging " + id + " bestaat niet."));
    }

    /** The vooraankondiging for a write: 404 when unreadable, 403 when readable but not the province's supervisor. */
    private IndeplaatsstellingOpslag.Rij teSchrijven(Gebruiker g, long id) {
        IndeplaatsstellingOpslag.Rij r = teLezen(g, id);
        if (!magSchrijven(g, r.provincie())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "besluit, verzendt en publiceert.", null);
        }
        return r;
    }
}
