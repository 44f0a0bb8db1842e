package nl.woonregie.brieven;

import static nl.woonregie.toezicht.regels.NlFormaat.datum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.brieven.internal.Besluittekst;
import nl.woonregie.brieven.internal.BriefOpmaak;
import nl.woonregie.brieven.internal.IndeplaatsstellingOpslag;
import nl.woonregie.brieven.kostenverhaal.Kostenverhaal;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.pdf.PdfADocument;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 6 of the interventieladder as a legal document (issue 19 §3, ADR 0054): the verslag of the indeplaatsstelling —
 * what the province did in the municipality's place and at its cost (beleidskader {@code zuid-holland-2020.yaml}, step
 * 6). The same record, decision and sender as the besluit tot indeplaatsstelling ({@link Indeplaatsstellingen}): the
 * province's TOEZICHTHOUDER drafts it for a decided step-5 besluit of the municipality with the actions (dates, what
 * was done) and the costs (lines; the total computed by {@link Kostenverhaal}, never typed; the amount recovered the
 * total unless a reasoned other amount is recorded), records GS's decision (date and number, to the version; the
 * letter frozen as PDF/A), sends it to the college and records the recovery's invoice and payment dates. A recovery
 * not paid within {@code woonregie.indeplaatsstelling.betaaltermijn-dagen} days (30) after its invoice date is on the
 * supervisor's worklist. A BEHEERDER reads everything; the municipality reads those sent to it; anyone else 404 (one)
 * or 403 (a list).
 */
@Service
public class Indeplaatsstellingsverslagen {

    static final String SJABLOON = "verslag-verzending";
    static final String TREDE = "6";
    private static final int MAX_REGELS = 50;
    private static final BigDecimal MAXIMUM = new BigDecimal("100000000.00");

    private final IndeplaatsstellingOpslag opslag;
    private final Indeplaatsstellingen indeplaatsstellingen;
    private final GebiedService gebied;
    private final BriefOpmaak opmaak;
    private final BriefVerzending verzending;
    private final Contacten contacten;
    private final ApplicationEventPublisher gebeurtenissen;
    private final int betaaltermijn;

    Indeplaatsstellingsverslagen(IndeplaatsstellingOpslag opslag, Indeplaatsstellingen indeplaatsstellingen,
            GebiedService gebied, BriefOpmaak opmaak, BriefVerzending verzending, Contacten contacten,
            ApplicationEventPublisher gebeurtenissen,
            @Value("${woonregie.indeplaatsstelling.betaaltermijn-dagen:30}") int betaaltermijn) {
        this.opslag = opslag;
        this.indeplaatsstellingen = indeplaatsstellingen;
        this.gebied = gebied;
        this.opmaak = opmaak;
        this.verzending = verzending;
        this.contacten = contacten;
        this.gebeurtenissen = gebeurtenissen;
        this.betaaltermijn = betaaltermijn;
    }

    /** Drafts a verslag for the municipality; 400 naming every invalid field, 403 unless its supervisor. */
    @Transactional
    public Verslag ontwerp(Gebruiker g, String gemeente, Verslagverzoek v, String client) {
        Ontwerp o = beoordeel(g, gemeente, v);
        if (!o.fouten().isEmpty()) {
            throw ApiException.invalid("Het verslag van de indeplaatsstelling is niet opgesteld.", o.fouten());
        }
        BigDecimal totaal = Kostenverhaal.totaal(o.kosten().stream()
                .map(IndeplaatsstellingOpslag.Kostenregel::bedrag).toList());
        IndeplaatsstellingOpslag.Cijfers c = indeplaatsstellingen.cijfersVan(gemeente, gebied.vandaag());
        long id = opslag.nieuwVerslag(o.provincie(), gemeente, o.besluit(), o.overwegingen(), c, o.acties(),
                o.kosten(), o.afwijkend(), o.reden(), g.actor());
        gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.VerslagOntworpen(id, gemeente, o.besluit(),
                o.acties().size(), totaal, Kostenverhaal.terugTeVorderen(totaal, o.afwijkend()), o.reden(),
                new Actor(g.actor(), client)));
        return lees(g, id);
    }

    /**
     * The invalid fields of a draft, without making it (the page's check of a form whose other values it could not
     * read); 403 unless the province's supervisor.
     */
    @Transactional(readOnly = true)
    public List<InvalidParam> controleer(Gebruiker g, String gemeente, Verslagverzoek v) {
        return beoordeel(g, gemeente, v).fouten();
    }

    private record Ontwerp(String provincie, Long besluit, String overwegingen,
            List<IndeplaatsstellingOpslag.Actie> acties, List<IndeplaatsstellingOpslag.Kostenregel> kosten,
            BigDecimal afwijkend, String reden, List<InvalidParam> fouten) {
    }

    private Ontwerp beoordeel(Gebruiker g, String gemeente, Verslagverzoek v) {
        String provincie = gebied.provincieVan(gemeente)
                .orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
        if (!magSchrijven(g, provincie)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "stelt het verslag van een indeplaatsstelling op.", null);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        IndeplaatsstellingOpslag.Rij besluit = null;
        Long besluitId = v == null ? null : v.indeplaatsstelling();
        if (besluitId == null) {
            fouten.add(new InvalidParam("indeplaatsstelling", "verplicht: het besloten besluit tot "
                    + "indeplaatsstelling dat is uitgevoerd"));
        } else {
            besluit = opslag.lees(besluitId).filter(r -> "5".equals(r.trede()) && gemeente.equals(r.gemeente()))
                    .orElse(null);
            if (besluit == null) {
                fouten.add(new InvalidParam("indeplaatsstelling", "geen besluit tot indeplaatsstelling van deze "
                        + "gemeente"));
            } else if (!"BESLOTEN".equals(besluit.status())) {
                fouten.add(new InvalidParam("indeplaatsstelling", "het besluit tot indeplaatsstelling is nog een "
                        + "concept"));
            }
        }
        String overwegingen = Vooraankondigingen.brieftekst(v == null ? null : v.overwegingen(), "overwegingen",
                20_000, true, fouten);
        List<IndeplaatsstellingOpslag.Actie> acties = acties(v == null ? null : v.acties(),
                besluit == null ? null : besluit.besluitdatum(), fouten);
        List<IndeplaatsstellingOpslag.Kostenregel> kosten = kosten(v == null ? null : v.kosten(), fouten);
        BigDecimal afwijkend = v == null ? null : v.terugTeVorderen();
        String reden = Vooraankondigingen.brieftekst(v == null ? null : v.terugvorderingReden(),
                "terugvorderingReden", 5_000, false, fouten);
        if (afwijkend != null) {
            afwijkend = bedrag(afwijkend, "terugTeVorderen", true, fouten);
            if (reden == null && fouten.stream().noneMatch(f -> f.name().equals("terugvorderingReden"))) {
                fouten.add(new InvalidParam("terugvorderingReden", "verplicht bij een ander bedrag dan het totaal "
                        + "van de kosten: waarom"));
            }
        } else if (reden != null) {
            fouten.add(new InvalidParam("terugTeVorderen", "verplicht bij een reden: het bedrag dat wordt "
                    + "teruggevorderd"));
        }
        return new Ontwerp(provincie, besluitId, overwegingen, acties, kosten, afwijkend, reden, fouten);
    }

    /** The actions: at least one, each a date (not before the besluit's) and a description. */
    private static List<IndeplaatsstellingOpslag.Actie> acties(List<Verslagverzoek.Actie> lijst, LocalDate besluit,
            List<InvalidParam> fouten) {
        if (lijst == null || lijst.isEmpty()) {
            fouten.add(new InvalidParam("acties", "ten minste één actie (datum en wat de provincie deed)"));
            return List.of();
        }
        if (lijst.size() > MAX_REGELS) {
            fouten.add(new InvalidParam("acties", "ten hoogste " + MAX_REGELS + " acties"));
            return List.of();
        }
        List<IndeplaatsstellingOpslag.Actie> result = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            Verslagverzoek.Actie a = lijst.get(i);
            String veld = "acties[" + i + "]";
            LocalDate d = null;
            if (a == null || a.datum() == null || a.datum().isBlank()) {
                fouten.add(new InvalidParam(veld + ".datum", "verplicht (JJJJ-MM-DD)"));
            } else {
                d = Indeplaatsstellingen.leesDatum(a.datum(), veld + ".datum", fouten);
            }
            if (d != null && besluit != null && d.isBefore(besluit)) {
                fouten.add(new InvalidParam(veld + ".datum", "ligt vóór het besluit tot indeplaatsstelling ("
                        + datum(besluit) + ")"));
            }
            String omschrijving = Vooraankondigingen.brieftekst(a == null ? null : a.omschrijving(),
                    veld + ".omschrijving", 5_000, true, fouten);
            if (d != null && omschrijving != null) {
                result.add(new IndeplaatsstellingOpslag.Actie(i + 1, d, omschrijving));
            }
        }
        return result;
    }

    /** The cost lines: each a description and an amount in euros (more than nothing, at most two decimals). */
    private static List<IndeplaatsstellingOpslag.Kostenregel> kosten(List<Verslagverzoek.Kosten> lijst,
            List<InvalidParam> fouten) {
        if (lijst == null) {
            return List.of();
        }
        if (lijst.size() > MAX_REGELS) {
            fouten.add(new InvalidParam("kosten", "ten hoogste " + MAX_REGELS + " kostenregels"));
            return List.of();
        }
        List<IndeplaatsstellingOpslag.Kostenregel> result = new ArrayList<>();
        for (int i = 0; i < lijst.size(); i++) {
            Verslagverzoek.Kosten k = lijst.get(i);
            String veld = "kosten[" + i + "]";
            String omschrijving = Vooraankondigingen.brieftekst(k == null ? null : k.omschrijving(),
                    veld + ".omschrijving", 500, true, fouten);
            BigDecimal bedrag = null;
            if (k == null || k.bedrag() == null) {
                fouten.add(new InvalidParam(veld + ".bedrag", "verplicht: het bedrag in euro"));
            } else {
                bedrag = bedrag(k.bedrag(), veld + ".bedrag", false, fouten);
            }
            if (omschrijving != null && bedrag != null) {
                result.add(new IndeplaatsstellingOpslag.Kostenregel(i + 1, omschrijving, bedrag));
            }
        }
        return result;
    }

    /** An amount in euros with at most two decimals, up to € 100.000.000,00; more than nothing unless allowed. */
    private static BigDecimal bedrag(BigDecimal b, String veld, boolean nulMag, List<InvalidParam> fouten) {
        if (b.scale() > 2 && b.stripTrailingZeros().scale() > 2) {
            fouten.add(new InvalidParam(veld, "ten hoogste twee decimalen (centen)"));
            return null;
        }
        if (nulMag ? b.signum() < 0 : b.signum() <= 0) {
            fouten.add(new InvalidParam(veld, nulMag ? "niet negatief" : "meer dan € 0,00"));
            return null;
        }
        if (b.compareTo(MAXIMUM) > 0) {
            fouten.add(new InvalidParam(veld, "ten hoogste " + Weergave.euro(MAXIMUM)));
            return null;
        }
        return b.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * Records GS's decision on the draft at version {@code versie}: date and number; freezes the letter as PDF/A. 400
     * naming every invalid field (a date before the last action among them), 409 when the draft changed or was decided
     * meanwhile.
     */
    @Transactional
    public Verslag besluit(Gebruiker g, long id, Besluitverzoek v, String client) {
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
        if (besluitdatum != null) {
            LocalDate laatste = r.uitvoering().acties().stream().map(IndeplaatsstellingOpslag.Actie::datum)
                    .max(LocalDate::compareTo).orElse(null);
            if (laatste != null && besluitdatum.isBefore(laatste)) {
                fouten.add(new InvalidParam("besluitdatum", "ligt vóór de laatste actie (" + datum(laatste) + "): het "
                        + "verslag volgt op wat de provincie deed"));
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het verslag is niet vastgelegd.", fouten);
        }
        if (!"CONCEPT".equals(r.status()) || v.versie() != r.versie()) {
            throw gewijzigd(id, r.versie());
        }
        byte[] pdf = PdfADocument.render(opmaak.html(tekst(r, besluitdatum, nummer)));
        String sha = Sha256.hex(pdf);
        if (!opslag.besluit(id, r.versie(), besluitdatum, nummer, pdf, sha, g.actor())) {
            throw gewijzigd(id, r.versie());
        }
        gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.VerslagBesloten(id, r.gemeente(), besluitdatum,
                nummer, sha, r.versie() + 1, new Actor(g.actor(), client)));
        return lees(g, id);
    }

    private static ApiException gewijzigd(long id, int versie) {
        return new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "Het verslag " + id + " is intussen "
                + "gewijzigd of al besloten (nu versie " + versie + "); lees het opnieuw.", null);
    }

    /** The letter of a draft as a preview (CONCEPT, not stored) or the frozen PDF/A of a decided verslag. */
    @Transactional(readOnly = true)
    public byte[] pdf(Gebruiker g, long id) {
        IndeplaatsstellingOpslag.Rij r = teLezen(g, id);
        return "BESLOTEN".equals(r.status()) ? opslag.pdf(id).orElseThrow()
                : PdfADocument.render(opmaak.html(tekst(r, null, null)));
    }

    /** Sends the decided verslag to the college's addressees, each once, by the one sender; 409 for a draft. */
    @Transactional
    public Verslag verzend(Gebruiker g, long id, String client) {
        IndeplaatsstellingOpslag.Rij r = teSchrijven(g, id);
        if (!"BESLOTEN".equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet besloten", "Het verslag " + id + " is nog een "
                    + "concept; het wordt pas na het besluit van Gedeputeerde Staten verzonden.", null);
        }
        Actor actor = new Actor(g.actor(), client);
        String provincieNaam = indeplaatsstellingen.provincieNaam(r.provincie());
        String gemeenteNaam = gebied.naam(r.gemeente());
        BigDecimal terug = terug(r.uitvoering());
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("provincie", provincieNaam);
        gegevens.put("gemeente", gemeenteNaam);
        gegevens.put("besluitnummer", r.besluitnummer());
        gegevens.put("besluitdatum", datum(r.besluitdatum()));
        gegevens.put("terugTeVorderen", Weergave.euro(terug));
        String bestand = "Verslag-indeplaatsstelling-" + r.gemeente() + "-" + r.besluitnummer()
                .replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
        gegevens.put("bestand", bestand);
        String onderwerp = "Verslag van de indeplaatsstelling door Gedeputeerde Staten van " + provincieNaam + " aan "
                + gemeenteNaam + ": huisvesting vergunninghouders (besluit " + r.besluitnummer() + ")";
        BriefVerzending.Stuk stuk = new BriefVerzending.Stuk(r.gemeente(), r.besluitnummer(), bestand,
                opslag.pdf(id).orElseThrow(), onderwerp, SJABLOON, gegevens);
        for (BriefVerzending.Geplaatst p : verzending.verzendBesluit(id, stuk, contacten.geadresseerden(r.gemeente()),
                g.actor(), actor)) {
            gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.VerslagVerzonden(id, r.gemeente(),
                    r.besluitnummer(), p.contact(), p.wijze(), p.bericht(), p.plaatsing(), actor));
        }
        return lees(g, id);
    }

    /**
     * Records the recovery's invoice date and, once paid, its payment date, to the version. 400 naming every invalid
     * field (an invoice before the decision, a payment before the invoice, a date after today), 409 for a draft or a
     * stale version.
     */
    @Transactional
    public Verslag terugvordering(Gebruiker g, long id, Terugvorderingverzoek v, String client) {
        IndeplaatsstellingOpslag.Rij r = teSchrijven(g, id);
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate vandaag = gebied.vandaag();
        LocalDate factuur = null;
        String tekst = v == null ? null : v.factuurdatum();
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("factuurdatum", "verplicht (JJJJ-MM-DD)"));
        } else {
            factuur = Indeplaatsstellingen.leesDatum(tekst, "factuurdatum", fouten);
        }
        if (factuur != null && r.besluitdatum() != null && factuur.isBefore(r.besluitdatum())) {
            fouten.add(new InvalidParam("factuurdatum", "ligt vóór de besluitdatum van het verslag ("
                    + datum(r.besluitdatum()) + ")"));
        } else if (factuur != null && factuur.isAfter(vandaag)) {
            fouten.add(new InvalidParam("factuurdatum", "ligt na vandaag"));
        }
        LocalDate betaald = null;
        String betaaldTekst = v == null ? null : v.betaaldOp();
        if (betaaldTekst != null && !betaaldTekst.isBlank()) {
            betaald = Indeplaatsstellingen.leesDatum(betaaldTekst, "betaaldOp", fouten);
            if (betaald != null && factuur != null && betaald.isBefore(factuur)) {
                fouten.add(new InvalidParam("betaaldOp", "ligt vóór de factuurdatum"));
            } else if (betaald != null && betaald.isAfter(vandaag)) {
                fouten.add(new InvalidParam("betaaldOp", "ligt na vandaag"));
            }
        }
        if (v == null || v.versie() == null) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie van het verslag (of If-Match)"));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De terugvordering is niet vastgelegd.", fouten);
        }
        if (!"BESLOTEN".equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet besloten", "Het verslag " + id + " is nog een concept; "
                    + "de kosten worden pas na het besluit teruggevorderd.", null);
        }
        if (v.versie() != r.versie() || !opslag.terugvordering(id, r.versie(), factuur, betaald)) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "Het verslag " + id + " is intussen "
                    + "gewijzigd (nu versie " + r.versie() + "); lees het opnieuw.", null);
        }
        gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.TerugvorderingVastgelegd(id, r.gemeente(),
                r.uitvoering().factuurdatum(), r.uitvoering().betaaldOp(), factuur, betaald, r.versie() + 1,
                new Actor(g.actor(), client)));
        return lees(g, id);
    }

    /** One verslag with its costs, recovery and sending; 404 when it does not exist or the reader may not read it. */
    @Transactional(readOnly = true)
    public Verslag lees(Gebruiker g, long id) {
        return beeld(teLezen(g, id));
    }

    /**
     * The verslagen of a municipality the reader may read, newest first: the province's supervisor (and BEHEERDER)
     * all, the municipality itself those sent to it; anyone else 403, an unknown municipality 404.
     */
    @Transactional(readOnly = true)
    public List<Verslag> vanGemeente(Gebruiker g, String gemeente) {
        String provincie = gebied.provincieVan(gemeente)
                .orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
        if (!Toegang.magProvincieToezien(g, provincie) && !g.gemeenten(Rol.GEMEENTE).contains(gemeente)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U hebt geen toegang tot de verslagen van "
                    + "deze gemeente.", null);
        }
        return opslag.vanGemeente(gemeente, TREDE).stream().filter(r -> magLezen(g, r)).map(this::beeld).toList();
    }

    /** A recovery not paid within the term after its invoice date: on the supervisor's worklist. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "OnbetaaldeTerugvordering")
    public record Werkpunt(long verslag, String gemeente, String gemeenteNaam, String besluitnummer,
            LocalDate factuurdatum, LocalDate uiterlijkBetaald, BigDecimal terugTeVorderen) {
    }

    /** The province's recoveries overdue today (its TOEZICHTHOUDER, BEHEERDER; else 403), oldest invoice first. */
    @Transactional(readOnly = true)
    public List<Werkpunt> werklijst(Gebruiker g, String provincie) {
        if (!Toegang.magProvincieToezien(g, provincie)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "ziet deze werklijst.", null);
        }
        LocalDate vandaag = gebied.vandaag();
        List<Werkpunt> lijst = new ArrayList<>();
        for (IndeplaatsstellingOpslag.Openstaand o : opslag.openstaand(provincie)) {
            if (Kostenverhaal.stand(o.factuurdatum(), null, betaaltermijn, vandaag)
                    == Kostenverhaal.Stand.ACHTERSTALLIG) {
                IndeplaatsstellingOpslag.Rij r = opslag.lees(o.id()).orElseThrow();
                lijst.add(new Werkpunt(o.id(), o.gemeente(), gebied.naam(o.gemeente()), o.besluitnummer(),
                        o.factuurdatum(), Kostenverhaal.uiterlijk(o.factuurdatum(), betaaltermijn),
                        terug(r.uitvoering())));
            }
        }
        return lijst;
    }

    /** The decided besluiten tot indeplaatsstelling of a municipality a verslag may carry out (the draft form). */
    @Transactional(readOnly = true)
    public List<Indeplaatsstelling> besluiten(Gebruiker g, String gemeente) {
        return indeplaatsstellingen.vanGemeente(g, gemeente).stream().filter(i -> "BESLOTEN".equals(i.status()))
                .toList();
    }

    private static BigDecimal totaal(IndeplaatsstellingOpslag.Uitvoering u) {
        return Kostenverhaal.totaal(u.kosten().stream().map(IndeplaatsstellingOpslag.Kostenregel::bedrag).toList());
    }

    private static BigDecimal terug(IndeplaatsstellingOpslag.Uitvoering u) {
        return Kostenverhaal.terugTeVorderen(totaal(u), u.terugTeVorderen());
    }

    private Verslag beeld(IndeplaatsstellingOpslag.Rij r) {
        IndeplaatsstellingOpslag.Uitvoering u = r.uitvoering();
        boolean besloten = "BESLOTEN".equals(r.status());
        String nummer = opslag.lees(u.besluit()).map(IndeplaatsstellingOpslag.Rij::besluitnummer).orElse(null);
        return new Verslag(r.id(), r.provincie(), r.gemeente(), gebied.naam(r.gemeente()), r.status(), r.versie(),
                u.besluit(), nummer, r.overwegingen(),
                u.acties().stream().map(a -> new Verslag.Actie(a.volgnummer(), a.datum(), a.omschrijving())).toList(),
                u.kosten().stream().map(k -> new Verslag.Kostenregel(k.volgnummer(), k.omschrijving(), k.bedrag()))
                        .toList(),
                totaal(u), terug(u), u.terugvorderingReden(), u.factuurdatum(), u.betaaldOp(),
                u.factuurdatum() == null ? null : Kostenverhaal.uiterlijk(u.factuurdatum(), betaaltermijn),
                besloten ? Kostenverhaal.stand(u.factuurdatum(), u.betaaldOp(), betaaltermijn, gebied.vandaag())
                        : null,
                r.besluitdatum(), r.besluitnummer(), r.sha256(), r.aangemaaktDoor(), r.aangemaaktOp(),
                r.beslotenDoor(), r.beslotenOp(),
                besloten ? verzending.besluitStand(r.id(), contacten.geadresseerden(r.gemeente())) : null);
    }

    /** The words of the letter; {@code besluitdatum} null for a preview of a draft. */
    private Besluittekst tekst(IndeplaatsstellingOpslag.Rij r, LocalDate besluitdatum, String nummer) {
        String provincie = indeplaatsstellingen.provincieNaam(r.provincie());
        String gemeente = gebied.naam(r.gemeente());
        boolean concept = besluitdatum == null;
        IndeplaatsstellingOpslag.Uitvoering u = r.uitvoering();
        IndeplaatsstellingOpslag.Rij besluit = opslag.lees(u.besluit()).orElseThrow();
        BigDecimal totaal = totaal(u);
        BigDecimal terug = terug(u);
        List<Besluittekst.Rij> rijen = List.of(
                new Besluittekst.Rij("Besluit tot indeplaatsstelling", besluit.besluitnummer() + " van "
                        + datum(besluit.besluitdatum())),
                new Besluittekst.Rij("Totaal van de kosten", Weergave.euro(totaal)),
                new Besluittekst.Rij("Terug te vorderen van de gemeente", Weergave.euro(terug)));
        List<String> inleiding = List.of(
                "Bij besluit " + besluit.besluitnummer() + " van " + datum(besluit.besluitdatum()) + " hebben wij "
                        + "besloten namens en ten laste van de gemeente " + gemeente + " in de huisvesting van "
                        + "vergunninghouders te voorzien als de gemeente niet binnen de begunstigingstermijnen het "
                        + "genoemde aantal vergunninghouders huisvestte. Dat is niet gebeurd.",
                "Wij hebben daarom de taak van de gemeente in haar plaats uitgevoerd, op haar kosten (trede 6 van de "
                        + "interventieladder, artikel 124 van de Gemeentewet). In dit verslag leggen wij vast wat wij "
                        + "hebben gedaan, welke kosten wij hebben gemaakt en welk bedrag wij van de gemeente "
                        + "terugvorderen.");
        List<List<String>> actieRijen = u.acties().stream().map(a -> List.of(datum(a.datum()), a.omschrijving()))
                .toList();
        List<List<String>> kostenRijen = new ArrayList<>(u.kosten().stream()
                .map(k -> List.of(k.omschrijving(), Weergave.euro(k.bedrag()))).toList());
        kostenRijen.add(List.of("Totaal", Weergave.euro(totaal)));
        List<String> slot = new ArrayList<>();
        slot.add("Wij vorderen " + Weergave.euro(terug) + " van de gemeente " + gemeente + " terug. U ontvangt "
                + "hiervoor een factuur; wij verzoeken u het bedrag binnen " + betaaltermijn + " dagen na de "
                + "factuurdatum te betalen.");
        if (u.terugTeVorderen() != null) {
            slot.add("Wij vorderen een ander bedrag terug dan het totaal van de kosten (" + Weergave.euro(totaal)
                    + "), omdat: " + u.terugvorderingReden());
        }
        slot.add("Tegen de beslissing over de kosten kunt u binnen zes weken na de dag waarop zij is bekendgemaakt "
                + "bezwaar maken bij Gedeputeerde Staten van " + provincie + ".");
        return new Besluittekst("Verslag van de indeplaatsstelling", provincie, gemeente,
                concept ? "CONCEPT (nog geen besluitdatum)" : datum(besluitdatum),
                concept ? "CONCEPT (nog geen besluitnummer)" : nummer,
                "Verslag van de indeplaatsstelling huisvesting vergunninghouders " + gemeente, concept, inleiding,
                rijen, Indeplaatsstellingen.alineas(r.overwegingen()), List.of(), "Kosten en terugvordering", slot,
                List.of(new Besluittekst.Tabel("Wat de provincie deed", List.of("Datum", "Actie"), actieRijen),
                        new Besluittekst.Tabel("Kosten", List.of("Omschrijving", "Bedrag"), kostenRijen)),
                null);
    }

    /** The province's TOEZICHTHOUDER writes (drafts, decides, sends, records the recovery). */
    private static boolean magSchrijven(Gebruiker g, String provincie) {
        return g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
    }

    /** Its supervisor and a BEHEERDER; the municipality once it was sent. */
    private boolean magLezen(Gebruiker g, IndeplaatsstellingOpslag.Rij r) {
        return Toegang.magProvincieToezien(g, r.provincie()) || "BESLOTEN".equals(r.status())
                && g.gemeenten(Rol.GEMEENTE).contains(r.gemeente()) && verzending.besluitVerzonden(r.id());
    }

    private IndeplaatsstellingOpslag.Rij teLezen(Gebruiker g, long id) {
        return opslag.lees(id).filter(r -> TREDE.equals(r.trede()) && magLezen(g, r))
                .orElseThrow(() -> ApiException.notFound("Verslag van een indeplaatsstelling " + id
                        + " bestaat niet."));
    }

    private IndeplaatsstellingOpslag.Rij teSchrijven(Gebruiker g, long id) {
        IndeplaatsstellingOpslag.Rij r = teLezen(g, id);
        if (!magSchrijven(g, r.provincie())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "besluit, verzendt en legt de terugvordering vast.", null);
        }
        return r;
    }
}
