package nl.woonregie.brieven;

import static nl.woonregie.toezicht.regels.NlFormaat.datum;
import static nl.woonregie.toezicht.regels.NlFormaat.getal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.woonregie.brieven.begunstiging.Begunstigingstermijnen;
import nl.woonregie.brieven.internal.Besluittekst;
import nl.woonregie.brieven.internal.BriefOpmaak;
import nl.woonregie.brieven.internal.IndeplaatsstellingOpslag;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Provincie;
import nl.woonregie.pdf.PdfADocument;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.core.Sha256;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.IsoDatum;
import nl.woonregie.toezicht.cijfers.CijferStanden;
import nl.woonregie.toezicht.cijfers.GemeenteCijfers;
import nl.woonregie.toezicht.cijfers.Huurcontracten;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 5 of the interventieladder as a legal document (issue 19 §3, ADR 0052): the besluit tot indeplaatsstelling of
 * Gedeputeerde Staten with one or more begunstigingstermijnen. The province's TOEZICHTHOUDER (or a BEHEERDER) drafts
 * it from the stored figures of the municipality (the period of the drafting day: taakstelling, COA's latest standing,
 * the leases; kept with the draft as read), records GS's decision (date and number, to the draft's version; the letter
 * is then frozen as PDF/A and never changed), sends it through the one sender of letters ({@link BriefVerzending}:
 * the register's addressees, Awb 2:14, each once) and follows it: a term that passed without the required number
 * housed since the decision's date (COA's figures plus the leases, as R7; {@link Begunstigingstermijnen}) becomes a
 * finding on the province supervisor's worklist, recorded once with a {@link IndeplaatsstellingGebeurtenis}. The
 * municipality itself reads its decided besluiten; anyone else gets 404 for a besluit, 403 for a list.
 */
@Service
public class Indeplaatsstellingen {

    static final String SJABLOON = "besluit-verzending";
    private static final int MAX_TERMIJNEN = 12;
    static final java.util.regex.Pattern BESLUITNUMMER = java.util.regex.Pattern
            .compile("[\\p{L}\\p{N} ./_():-]{1,40}");

    private final IndeplaatsstellingOpslag opslag;
    private final CijferStanden cijfers;
    private final Huurcontracten huurcontracten;
    private final GebiedService gebied;
    private final BriefOpmaak opmaak;
    private final BriefVerzending verzending;
    private final Contacten contacten;
    private final ApplicationEventPublisher gebeurtenissen;

    Indeplaatsstellingen(IndeplaatsstellingOpslag opslag, CijferStanden cijfers, Huurcontracten huurcontracten,
            GebiedService gebied, BriefOpmaak opmaak, BriefVerzending verzending, Contacten contacten,
            ApplicationEventPublisher gebeurtenissen) {
        this.contacten = contacten;
        this.opslag = opslag;
        this.cijfers = cijfers;
        this.huurcontracten = huurcontracten;
        this.gebied = gebied;
        this.opmaak = opmaak;
        this.verzending = verzending;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** Drafts a besluit for the municipality from its stored figures; 400 naming every invalid field. */
    @Transactional
    public Indeplaatsstelling ontwerp(Gebruiker g, String gemeente, Indeplaatsstellingverzoek v, String client) {
        String provincie = gebied.provincieVan(gemeente)
                .orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
        if (!Toegang.magProvincieToezien(g, provincie)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "stelt een besluit tot indeplaatsstelling op.", null);
        }
        List<InvalidParam> fouten = new ArrayList<>();
        String overwegingen = Contacten.tekst(v == null ? null : v.overwegingen(), "overwegingen", 20_000, true,
                fouten);
        if (overwegingen != null && !drukbaar(overwegingen)) {
            fouten.add(new InvalidParam("overwegingen", "bevat een stuurteken dat niet in een brief kan"));
        }
        List<IndeplaatsstellingOpslag.Termijn> termijnen = termijnen(v == null ? null : v.termijnen(), fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het besluit tot indeplaatsstelling is niet opgesteld.", fouten);
        }
        IndeplaatsstellingOpslag.Cijfers c = cijfersVan(gemeente, gebied.vandaag());
        long id = opslag.nieuw(provincie, gemeente, overwegingen, c, termijnen, g.actor());
        gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.Ontworpen(id, gemeente, c.periode(),
                termijnen.stream().map(t -> t.datum() + "=" + t.aantal()).toList(), new Actor(g.actor(), client)));
        return lees(g, id);
    }

    /** The terms as asked: at least one, dates JJJJ-MM-DD strictly later each, numbers of at least 1, rising. */
    private static List<IndeplaatsstellingOpslag.Termijn> termijnen(List<Indeplaatsstellingverzoek.Termijn> lijst,
            List<InvalidParam> fouten) {
        if (lijst == null || lijst.isEmpty()) {
            fouten.add(new InvalidParam("termijnen", "ten minste één begunstigingstermijn (datum en aantal)"));
            return List.of();
        }
        if (lijst.size() > MAX_TERMIJNEN) {
            fouten.add(new InvalidParam("termijnen", "ten hoogste " + MAX_TERMIJNEN + " begunstigingstermijnen"));
            return List.of();
        }
        List<IndeplaatsstellingOpslag.Termijn> result = new ArrayList<>();
        LocalDate vorigeDatum = null;
        Integer vorigAantal = null;
        for (int i = 0; i < lijst.size(); i++) {
            Indeplaatsstellingverzoek.Termijn t = lijst.get(i);
            String veld = "termijnen[" + i + "]";
            LocalDate d = null;
            if (t == null || t.datum() == null || t.datum().isBlank()) {
                fouten.add(new InvalidParam(veld + ".datum", "verplicht (JJJJ-MM-DD)"));
            } else {
                d = leesDatum(t.datum(), veld + ".datum", fouten);
            }
            if (d != null && vorigeDatum != null && !d.isAfter(vorigeDatum)) {
                fouten.add(new InvalidParam(veld + ".datum", "ligt niet na de datum van de vorige termijn ("
                        + datum(vorigeDatum) + ")"));
            }
            Integer aantal = t == null ? null : t.aantal();
            if (aantal == null) {
                fouten.add(new InvalidParam(veld + ".aantal", "verplicht: het aantal te huisvesten personen"));
            } else if (aantal < 1 || aantal > 100_000) {
                fouten.add(new InvalidParam(veld + ".aantal", "een aantal van 1 tot en met 100.000"));
            } else if (vorigAantal != null && aantal <= vorigAantal) {
                fouten.add(new InvalidParam(veld + ".aantal", "het aantal telt vanaf de besluitdatum en is dus groter "
                        + "dan bij de vorige termijn (" + getal(vorigAantal) + ")"));
            }
            if (d != null) {
                vorigeDatum = d;
            }
            if (aantal != null && aantal >= 1) {
                vorigAantal = aantal;
            }
            if (d != null && aantal != null) {
                result.add(new IndeplaatsstellingOpslag.Termijn(i + 1, d, aantal));
            }
        }
        return result;
    }

    /**
     * Whether a text can go into the letter (XHTML, then PDF/A): no control characters other than tab and new line,
     * no non-characters, no half of a surrogate pair.
     */
    static boolean drukbaar(String tekst) {
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= tekst.length() || !Character.isLowSurrogate(tekst.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A date JJJJ-MM-DD from 2000 to 2100, or null with the field's error. */
    static LocalDate leesDatum(String tekst, String veld, List<InvalidParam> fouten) {
        try {
            LocalDate d = IsoDatum.parse(tekst.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                fouten.add(new InvalidParam(veld, "een datum van 2000 tot en met 2100"));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            fouten.add(new InvalidParam(veld, "geen datum JJJJ-MM-DD"));
            return null;
        }
    }

    /** The stored figures of the municipality in the period of {@code dag}. */
    IndeplaatsstellingOpslag.Cijfers cijfersVan(String gemeente, LocalDate dag) {
        Periode periode = Periode.van(dag);
        GemeenteCijfers c = cijfers.lees(List.of(gemeente)).get(gemeente);
        GemeenteCijfers.Taakstelling taak = c.taakstellingen().get(periode);
        Integer taakstelling = taak == null ? null
                : Math.toIntExact(taak.taakstelling() + (taak.additioneleOpgave() == null ? 0
                        : taak.additioneleOpgave()));
        List<GemeenteCijfers.CoaStand> standen = c.coaStanden().getOrDefault(periode, List.of());
        GemeenteCijfers.CoaStand laatste = standen.stream().filter(s -> !s.datum().isAfter(dag))
                .max(Comparator.comparing(GemeenteCijfers.CoaStand::datum)).orElse(null);
        long huur = c.huurcontracten().getOrDefault(periode, 0L);
        return new IndeplaatsstellingOpslag.Cijfers(periode.code(), taakstelling,
                laatste == null ? null : Math.toIntExact(laatste.gehuisvest()), laatste == null ? null
                        : laatste.datum(), Math.toIntExact(huur));
    }

    /**
     * Records Gedeputeerde Staten's decision on the draft at version {@code versie}: its date and number; freezes the
     * letter as PDF/A. 400 naming every invalid field (a term not after the decision's date among them), 409 when the
     * draft changed or was decided meanwhile.
     */
    @Transactional
    public Indeplaatsstelling besluit(Gebruiker g, long id, Besluitverzoek v, String client) {
        IndeplaatsstellingOpslag.Rij r = teZien(g, id);
        List<InvalidParam> fouten = new ArrayList<>();
        LocalDate besluitdatum = null;
        String tekst = v == null ? null : v.besluitdatum();
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new InvalidParam("besluitdatum", "verplicht (JJJJ-MM-DD)"));
        } else {
            besluitdatum = leesDatum(tekst, "besluitdatum", fouten);
        }
        String nummer = Contacten.tekst(v == null ? null : v.besluitnummer(), "besluitnummer", 40, true, fouten);
        if (nummer != null && !BESLUITNUMMER.matcher(nummer).matches()) {
            fouten.add(new InvalidParam("besluitnummer", "alleen letters, cijfers, spaties en . / - _ ( ) :"));
        }
        if (v == null || v.versie() == null) {
            fouten.add(new InvalidParam("versie", "verplicht: de versie van het concept (of If-Match)"));
        }
        if (besluitdatum != null) {
            for (IndeplaatsstellingOpslag.Termijn t : r.termijnen()) {
                if (!t.datum().isAfter(besluitdatum)) {
                    fouten.add(new InvalidParam("besluitdatum", "ligt niet vóór termijn " + t.volgnummer() + " ("
                            + datum(t.datum()) + "): een begunstigingstermijn loopt na het besluit"));
                    break;
                }
            }
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("Het besluit is niet vastgelegd.", fouten);
        }
        if (!"CONCEPT".equals(r.status()) || v.versie() != r.versie()) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "Het besluit tot indeplaatsstelling "
                    + id + " is intussen gewijzigd of al besloten (nu versie " + r.versie() + "); lees het opnieuw.",
                    null);
        }
        byte[] pdf = PdfADocument.render(opmaak.html(tekst(r, besluitdatum, nummer)));
        String sha = Sha256.hex(pdf);
        if (!opslag.besluit(id, r.versie(), besluitdatum, nummer, pdf, sha, g.actor())) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "Het besluit tot indeplaatsstelling "
                    + id + " is intussen gewijzigd of al besloten; lees het opnieuw.", null);
        }
        gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.Besloten(id, r.gemeente(), besluitdatum,
                nummer, sha, r.versie() + 1, new Actor(g.actor(), client)));
        return lees(g, id);
    }

    /** The letter of a draft as a preview (CONCEPT, not stored) or the frozen PDF/A of a decided besluit. */
    @Transactional(readOnly = true)
    public byte[] pdf(Gebruiker g, long id) {
        IndeplaatsstellingOpslag.Rij r = teLezen(g, id);
        return "BESLOTEN".equals(r.status()) ? opslag.pdf(id).orElseThrow()
                : PdfADocument.render(opmaak.html(tekst(r, null, null)));
    }

    /**
     * Sends the decided besluit to the municipality's addressees (the register's bestuurlijke contacts), each once:
     * the one sender of letters ({@link BriefVerzending}). 409 when it is not decided.
     */
    @Transactional
    public Indeplaatsstelling verzend(Gebruiker g, long id, String client) {
        IndeplaatsstellingOpslag.Rij r = teZien(g, id);
        if (!"BESLOTEN".equals(r.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet besloten", "Het besluit tot indeplaatsstelling " + id
                    + " is nog een concept; het wordt pas na het besluit van Gedeputeerde Staten verzonden.", null);
        }
        Actor actor = new Actor(g.actor(), client);
        String provincieNaam = provincieNaam(r.provincie());
        String gemeenteNaam = gebied.naam(r.gemeente());
        Map<String, Object> gegevens = new LinkedHashMap<>();
        gegevens.put("provincie", provincieNaam);
        gegevens.put("gemeente", gemeenteNaam);
        gegevens.put("besluitnummer", r.besluitnummer());
        gegevens.put("besluitdatum", datum(r.besluitdatum()));
        gegevens.put("eersteTermijn", datum(r.termijnen().get(0).datum()));
        String bestand = "Besluit-indeplaatsstelling-" + r.gemeente() + "-" + r.besluitnummer()
                .replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
        gegevens.put("bestand", bestand);
        String onderwerp = "Besluit van Gedeputeerde Staten van " + provincieNaam + " aan " + gemeenteNaam
                + ": indeplaatsstelling huisvesting vergunninghouders (besluit " + r.besluitnummer() + ")";
        BriefVerzending.Stuk stuk = new BriefVerzending.Stuk(r.gemeente(), r.besluitnummer(), bestand,
                opslag.pdf(id).orElseThrow(), onderwerp, SJABLOON, gegevens);
        for (BriefVerzending.Geplaatst p : verzending.verzendBesluit(id, stuk, contacten.geadresseerden(r.gemeente()),
                g.actor(), actor)) {
            gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.Verzonden(id, r.gemeente(),
                    r.besluitnummer(), p.contact(), p.wijze(), p.vorm(), p.bericht(), p.plaatsing(), actor));
        }
        return lees(g, id);
    }

    /** One besluit with its terms, sending and follow-up; 404 when it does not exist or the reader may not read it. */
    @Transactional(readOnly = true)
    public Indeplaatsstelling lees(Gebruiker g, long id) {
        return beeld(teLezen(g, id));
    }

    /**
     * The besluiten of a municipality the reader may read, newest first: the province's supervisor (and BEHEERDER)
     * all, the municipality itself its decided ones; anyone else 403, an unknown municipality 404.
     */
    @Transactional(readOnly = true)
    public List<Indeplaatsstelling> vanGemeente(Gebruiker g, String gemeente) {
        String provincie = gebied.provincieVan(gemeente)
                .orElseThrow(() -> ApiException.notFound("Gemeente " + gemeente + " bestaat niet."));
        if (!Toegang.magProvincieToezien(g, provincie) && !g.gemeenten(Rol.GEMEENTE).contains(gemeente)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "U hebt geen toegang tot de besluiten van "
                    + "deze gemeente.", null);
        }
        return opslag.vanGemeente(gemeente, "5").stream().filter(r -> magLezen(g, r)).map(this::beeld).toList();
    }

    /**
     * Follows every decided besluit on {@code vandaag}: a term that passed without the required number becomes a
     * finding (once; {@link IndeplaatsstellingGebeurtenis.TermijnNietGehaald}). Returns how many findings are new.
     * Idempotent: run daily by {@code brieven.internal.BegunstigingstermijnenVolgen}.
     */
    @Transactional
    public int volg(LocalDate vandaag, Actor door) {
        int nieuw = 0;
        for (IndeplaatsstellingOpslag.Rij r : opslag.besloten()) {
            for (Begunstigingstermijnen.Uitkomst u : beoordeel(r, vandaag)) {
                if (u.stand() != Begunstigingstermijnen.Stand.NIET_GEHAALD) {
                    continue;
                }
                IndeplaatsstellingOpslag.Termijn t = r.termijnen().stream()
                        .filter(x -> x.volgnummer() == u.termijn().volgnummer()).findFirst().orElseThrow();
                if (opslag.bevinding(r.id(), t, u.gehuisvest(), u.gehuisvestCoa(), u.personenHuur(),
                        u.cijfersTot())) {
                    nieuw++;
                    gebeurtenissen.publishEvent(new IndeplaatsstellingGebeurtenis.TermijnNietGehaald(r.id(),
                            r.gemeente(), t.volgnummer(), t.datum(), t.aantal(), u.gehuisvest(), u.cijfersTot(),
                            door));
                }
            }
        }
        return nieuw;
    }

    /** A term of a decided besluit tot indeplaatsstelling judged on a day, for the reminders to the college. */
    record Termijnvolging(long besluit, String provincie, String gemeente, String besluitnummer,
            LocalDate besluitdatum, Begunstigingstermijnen.Uitkomst uitkomst) {
    }

    /**
     * Every term of every decided besluit (step 5) judged on {@code vandaag}, optionally of one province only. No
     * access check: for the system's reminders ({@link Herinneringen}).
     */
    @Transactional(readOnly = true)
    List<Termijnvolging> termijnen(String provincie, LocalDate vandaag) {
        List<Termijnvolging> lijst = new ArrayList<>();
        for (IndeplaatsstellingOpslag.Rij r : opslag.besloten()) {
            if (provincie != null && !provincie.equals(r.provincie())) {
                continue;
            }
            for (Begunstigingstermijnen.Uitkomst u : beoordeel(r, vandaag)) {
                lijst.add(new Termijnvolging(r.id(), r.provincie(), r.gemeente(), r.besluitnummer(), r.besluitdatum(),
                        u));
            }
        }
        return lijst;
    }

    /** A finding on the supervisor's worklist: a begunstigingstermijn that passed without the required number. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "BegunstigingstermijnBevinding")
    public record Werkpunt(long besluit, String gemeente, String gemeenteNaam, String besluitnummer, int termijn,
            LocalDate termijndatum, int vereist, int gehuisvest, int gehuisvestCoa, int personenHuur,
            LocalDate cijfersTot, java.time.OffsetDateTime geconstateerdOp) {
    }

    /** The province supervisor's worklist of findings (TOEZICHTHOUDER of the province, BEHEERDER; else 403). */
    @Transactional(readOnly = true)
    public List<Werkpunt> werklijst(Gebruiker g, String provincie) {
        if (!Toegang.magProvincieToezien(g, provincie)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "ziet deze werklijst.", null);
        }
        return opslag.bevindingen(provincie).stream().map(b -> new Werkpunt(b.besluit(), b.gemeente(),
                gebied.naam(b.gemeente()), b.besluitnummer(), b.volgnummer(), b.termijndatum(), b.vereist(),
                b.gehuisvest(), b.gehuisvestCoa(), b.personenHuur(), b.cijfersTot(), b.geconstateerdOp())).toList();
    }

    private List<Begunstigingstermijnen.Uitkomst> beoordeel(IndeplaatsstellingOpslag.Rij r, LocalDate vandaag) {
        GemeenteCijfers c = cijfers.lees(List.of(r.gemeente())).get(r.gemeente());
        List<Begunstigingstermijnen.CoaStand> coa = new ArrayList<>();
        c.coaStanden().forEach((periode, standen) -> standen.forEach(s -> coa.add(
                new Begunstigingstermijnen.CoaStand(periode.eersteDag(), s.datum(), s.gehuisvest()))));
        List<Begunstigingstermijnen.Huurcontract> huur = huurcontracten.geldend(r.gemeente()).stream()
                .map(h -> new Begunstigingstermijnen.Huurcontract(h.ingangsdatum(), h.aantalPersonen())).toList();
        return Begunstigingstermijnen.beoordeel(r.besluitdatum(), r.termijnen().stream()
                .map(t -> new Begunstigingstermijnen.Termijn(t.volgnummer(), t.datum(), t.aantal())).toList(),
                coa, huur, vandaag);
    }

    private Indeplaatsstelling beeld(IndeplaatsstellingOpslag.Rij r) {
        boolean besloten = "BESLOTEN".equals(r.status());
        List<Indeplaatsstelling.Termijnstand> opvolging = null;
        if (besloten) {
            Set<Integer> metBevinding = new HashSet<>(opslag.metBevinding(r.id()));
            opvolging = beoordeel(r, gebied.vandaag()).stream().map(u -> new Indeplaatsstelling.Termijnstand(
                    u.termijn().volgnummer(), u.termijn().datum(), Math.toIntExact(u.termijn().aantal()),
                    u.stand(), u.gehuisvest(), u.gehuisvestCoa(), u.personenHuur(), u.cijfersTot(),
                    metBevinding.contains(u.termijn().volgnummer()))).toList();
        }
        IndeplaatsstellingOpslag.Cijfers c = r.cijfers();
        return new Indeplaatsstelling(r.id(), r.provincie(), r.gemeente(), gebied.naam(r.gemeente()), r.status(),
                r.versie(), r.overwegingen(), new Indeplaatsstelling.Cijfers(c.periode(), c.taakstelling(),
                        c.gehuisvestCoa(), c.coaTot(), c.personenHuur()),
                r.termijnen().stream().map(t -> new Indeplaatsstelling.Termijn(t.volgnummer(), t.datum(),
                        t.aantal())).toList(),
                r.besluitdatum(), r.besluitnummer(), r.sha256(), r.aangemaaktDoor(), r.aangemaaktOp(),
                r.beslotenDoor(), r.beslotenOp(), besloten ? verzending.besluitStand(r.id(),
                        contacten.geadresseerden(r.gemeente())) : null,
                opvolging);
    }

    /** The words of the letter; {@code besluitdatum} null for a preview of a draft. */
    private Besluittekst tekst(IndeplaatsstellingOpslag.Rij r, LocalDate besluitdatum, String nummer) {
        String provincie = provincieNaam(r.provincie());
        String gemeente = gebied.naam(r.gemeente());
        boolean concept = besluitdatum == null;
        IndeplaatsstellingOpslag.Cijfers c = r.cijfers();
        Periode periode = Periode.of(c.periode());
        List<Besluittekst.Rij> rijen = new ArrayList<>();
        rijen.add(new Besluittekst.Rij("Periode", periode.omschrijving()));
        rijen.add(new Besluittekst.Rij("Taakstelling in deze periode", c.taakstelling() == null
                ? "niet bekend" : getal(c.taakstelling())));
        rijen.add(new Besluittekst.Rij("Gehuisvest volgens COA" + (c.coaTot() == null ? ""
                : " (tot en met " + datum(c.coaTot()) + ")"), c.gehuisvestCoa() == null ? "geen cijfers van COA"
                        : getal(c.gehuisvestCoa())));
        rijen.add(new Besluittekst.Rij("Gehuisvest met ingediende huurcontracten", getal(c.personenHuur())));
        List<Besluittekst.Termijnregel> termijnen = r.termijnen().stream().map(t -> new Besluittekst.Termijnregel(
                Integer.toString(t.volgnummer()), datum(t.datum()), getal(t.aantal()))).toList();
        String vanaf = concept ? "de datum van dit besluit" : datum(besluitdatum);
        List<String> inleiding = List.of(
                "Wij hebben u eerder laten weten dat de gemeente " + gemeente + " haar taakstelling voor de "
                        + "huisvesting van vergunninghouders niet naar behoren uitvoert, en u in een vooraankondiging "
                        + "onze voorgenomen interventie aangekondigd. Met deze brief maken wij ons besluit tot "
                        + "indeplaatsstelling bekend (trede 5 van de interventieladder).",
                "De cijfers hieronder zijn de cijfers die bij de provincie zijn vastgelegd op het moment dat dit "
                        + "besluit werd voorbereid.");
        List<String> slot = List.of(
                "Wij besluiten, gelet op artikel 124 van de Gemeentewet en de Huisvestingswet 2014, namens en ten "
                        + "laste van de gemeente " + gemeente + " in de huisvesting van vergunninghouders te "
                        + "voorzien indien de gemeente niet binnen de hierboven genoemde begunstigingstermijnen het "
                        + "daarbij genoemde aantal vergunninghouders huisvest, geteld vanaf " + vanaf + ".",
                "Wij tellen als gehuisvest: de vergunninghouders die COA als gehuisvest in uw gemeente registreert, "
                        + "en de personen in de huurcontracten die u bij ons indient. Wij volgen elke termijn; "
                        + "verstrijkt een termijn zonder dat het aantal is gehaald, dan kunnen wij zonder nadere "
                        + "aankondiging overgaan tot de indeplaatsstelling (trede 6).",
                "Tegen dit besluit kunt u binnen zes weken na de dag waarop het is bekendgemaakt bezwaar maken bij "
                        + "Gedeputeerde Staten van " + provincie + ".");
        return new Besluittekst("Besluit tot indeplaatsstelling", provincie, gemeente,
                concept ? "CONCEPT (nog geen besluitdatum)" : datum(besluitdatum),
                concept ? "CONCEPT (nog geen besluitnummer)" : nummer,
                "Besluit tot indeplaatsstelling huisvesting vergunninghouders " + gemeente, concept, inleiding,
                rijen, alineas(r.overwegingen()), termijnen, "Besluit", slot, List.of(), null);
    }

    /** A text's paragraphs: an empty line begins a new one. */
    static List<String> alineas(String tekst) {
        return List.of(tekst.split("\\R\\s*\\R"));
    }

    String provincieNaam(String code) {
        return gebied.provincie(code).map(Provincie::naam).orElse(code);
    }

    private static boolean magLezen(Gebruiker g, IndeplaatsstellingOpslag.Rij r) {
        return Toegang.magProvincieToezien(g, r.provincie())
                || "BESLOTEN".equals(r.status()) && g.gemeenten(Rol.GEMEENTE).contains(r.gemeente());
    }

    private IndeplaatsstellingOpslag.Rij teLezen(Gebruiker g, long id) {
        return opslag.lees(id).filter(r -> "5".equals(r.trede()) && magLezen(g, r))
                .orElseThrow(() -> ApiException.notFound("Besluit tot indeplaatsstelling " + id + " bestaat niet."));
    }

    /** The besluit for a write: 404 when unreadable, 403 when readable but not the province's supervisor. */
    private IndeplaatsstellingOpslag.Rij teZien(Gebruiker g, long id) {
        IndeplaatsstellingOpslag.Rij r = teLezen(g, id);
        if (!Toegang.magProvincieToezien(g, r.provincie())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "Geen toegang", "Alleen de toezichthouder van de provincie "
                    + "besluit en verzendt.", null);
        }
        return r;
    }
}
