package nl.woonregie.verhuisbox.zoeken;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Zoeken;
import nl.woonregie.verhuisbox.traject.Handeling;
import nl.woonregie.verhuisbox.traject.Invoer;
import nl.woonregie.verhuisbox.traject.Overgangen;
import nl.woonregie.verhuisbox.traject.Taaksoort;
import nl.woonregie.verhuisbox.traject.Taken;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.zoeken.internal.Kluis;
import nl.woonregie.verhuisbox.zoeken.internal.ZoekRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching and finding ({@link Zoeken}): the housing sites, registrations per case (credentials in the
 * {@link Kluis}, revealed only to the assigned casemanager or administratief, every reveal audited), reactions (a
 * lottery dwelling gets a same-day deadline on the worklist), offers with the client's free decision, and the
 * obstacle log. Every method that takes an account authorises it first, then validates.
 */
@Service
public class ZoekDienst implements Zoeken {

    private final ZoekRepository zoeken;
    private final Kluis kluis;
    private final VerhuisboxToegang toegang;
    private final Overgangen overgangen;
    private final Taken taken;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    ZoekDienst(ZoekRepository zoeken, Kluis kluis, VerhuisboxToegang toegang, Overgangen overgangen, Taken taken,
            ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.zoeken = zoeken;
        this.kluis = kluis;
        this.toegang = toegang;
        this.overgangen = overgangen;
        this.taken = taken;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** A registration; {@code inKluis} says whether credentials are stored — never the credentials themselves. */
    public record Inschrijving(long id, long website, String websiteNaam, LocalDate datum, String nummer,
            BigDecimal kosten, LocalDate verlengdatum, boolean inKluis) {
    }

    public record Inloggegevens(String gebruikersnaam, String wachtwoord) {
    }

    public record Reactie(long id, long inschrijving, String website, LocalDate datum, String woning, String soort,
            String resultaat, Integer positie, LocalDate deadline) {
    }

    public record Belemmering(long id, Long casus, LocalDate datum, String website, String plaats, String provincie,
            String corporatie, String situatie, String grond, String actie) {
    }

    // ---------------------------------------------------------------- sites

    @Override
    public List<Website> websites(long team) {
        return zoeken.websites(team);
    }

    /** The sites of the account's team, for the team roles. */
    public List<Website> websites(Gebruiker g) {
        toegang.teamrol(g, Rol.ICP, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.CONSULENT, Rol.COORDINATOR);
        return websites(g.team());
    }

    // ---------------------------------------------------------------- registrations and the vault

    @Override
    @Transactional
    public long schrijfIn(long casus, NieuweInschrijving n, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.INSCHRIJVING);
        if (n == null) {
            throw ApiException.invalid("Geef de inschrijving.", List.of(new InvalidParam("website", "verplicht")));
        }
        List<InvalidParam> f = inschrijvingFouten(casus, n);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De inschrijving is niet geldig.", f);
        }
        Status status = toegang.scope(casus).status();
        if (status != Status.ZOEKEN && status != Status.AANBOD && status != Status.INTAKE) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet in zoekfase", "Inschrijven kan vanaf de intake.",
                    List.of(new InvalidParam("status", "moet INTAKE, ZOEKEN of AANBOD zijn")));
        }
        long id;
        try {
            id = zoeken.schrijfIn(casus, n.website(), n.datum(), Invoer.leeg(n.nummer()),
                    n.kosten() == null ? BigDecimal.ZERO : n.kosten(), n.verlengdatum(), door.actor());
        } catch (DuplicateKeyException e) {
            throw new ApiException(HttpStatus.CONFLICT, "Bestaat al", "De cliënt is al ingeschreven op deze site.",
                    List.of(new InvalidParam("website", "al ingeschreven")));
        }
        boolean geheim = n.wachtwoord() != null && !n.wachtwoord().isBlank();
        if (geheim) {
            Kluis.Versleuteld v = kluis.versleutel(n.gebruikersnaam().strip() + "\n" + n.wachtwoord(),
                    context(casus, id));
            zoeken.bewaarGeheim(id, v.nonce(), v.geheim());
        }
        String site = zoeken.websiteNaam(n.website());
        // the registrations are arranged: the task to arrange them is done (further sites are added on the case page)
        taken.rondAlleAf(casus, Taaksoort.INSCHRIJVEN, door.actor());
        if (n.verlengdatum() != null) {
            taken.maak(casus, Taaksoort.VERLENGEN, "Inschrijving verlengen (" + site + ")", Rol.ADMINISTRATIEF,
                    n.verlengdatum().minusDays(14));
        }
        gebeurtenissen.publishEvent(new ZoekGebeurtenis.Ingeschreven(casus, site, n.datum(), n.kosten(), geheim,
                new Actor(door.actor(), client)));
        return id;
    }

    /**
     * The judgment of a registration without making it (a page's check when a field of its form could not be read):
     * the account may register (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleerInschrijving(long casus, NieuweInschrijving n, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.INSCHRIJVING);
        return inschrijvingFouten(casus, n);
    }

    private List<InvalidParam> inschrijvingFouten(long casus, NieuweInschrijving n) {
        List<InvalidParam> f = new ArrayList<>();
        if (n.website() == null || !zoeken.isWebsiteVan(n.website(), toegang.scope(casus).team())) {
            f.add(new InvalidParam("website", "onbekende website"));
        }
        if (n.datum() == null) {
            f.add(new InvalidParam("datum", "verplicht"));
        } else if (n.datum().isAfter(LocalDate.now(klok))) {
            f.add(new InvalidParam("datum", "niet in de toekomst"));
        }
        if (n.kosten() != null && (n.kosten().signum() < 0 || n.kosten().compareTo(BigDecimal.valueOf(1000)) > 0)) {
            f.add(new InvalidParam("kosten", "0 tot 1000 euro"));
        }
        if (n.verlengdatum() != null && n.datum() != null && !n.verlengdatum().isAfter(n.datum())) {
            f.add(new InvalidParam("verlengdatum", "na de inschrijfdatum"));
        }
        boolean geheim = n.wachtwoord() != null && !n.wachtwoord().isBlank();
        if (geheim && (n.gebruikersnaam() == null || n.gebruikersnaam().isBlank())) {
            f.add(new InvalidParam("gebruikersnaam", "verplicht bij een wachtwoord"));
        }
        return f;
    }

    public List<Inschrijving> inschrijvingen(long casus) {
        return zoeken.inschrijvingen(casus).stream().map(i -> new Inschrijving(i.id(), i.website(), i.websiteNaam(),
                i.datum(), i.nummer(), i.kosten(), i.verlengdatum(), i.inKluis())).toList();
    }

    public List<Inschrijving> inschrijvingen(long casus, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.INSCHRIJVINGEN);
        return inschrijvingen(casus);
    }

    /**
     * Reveals the credentials of a registration: only to the casemanager or administratief assigned to this very
     * case (not the coordinator, not the consulent); the reveal is in the audit trail (in the same transaction, so
     * no reveal without its record).
     */
    @Transactional
    public Inloggegevens onthul(long casus, long inschrijving, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.KLUIS);
        Optional<Kluis.Versleuteld> v = zoeken.geheim(inschrijving, casus).orElseThrow(() -> ApiException.notFound(
                "Inschrijving " + inschrijving + " bestaat niet bij deze casus."));
        if (v.isEmpty()) {
            throw ApiException.notFound("Voor deze inschrijving zijn geen inloggegevens bewaard.");
        }
        String tekst = kluis.ontsleutel(v.get(), context(casus, inschrijving));
        int nl = tekst.indexOf('\n');
        gebeurtenissen.publishEvent(new ZoekGebeurtenis.KluisOnthuld(casus, inschrijving,
                new Actor(door.actor(), client)));
        return new Inloggegevens(tekst.substring(0, nl), tekst.substring(nl + 1));
    }

    private static String context(long casus, long inschrijving) {
        return "vhb_inschrijving:" + casus + ":" + inschrijving;
    }

    // ---------------------------------------------------------------- reactions

    @Override
    @Transactional
    public long reageer(long casus, NieuweReactie r, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.REACTIE);
        if (r == null) {
            throw ApiException.invalid("Geef de reactie.", List.of(new InvalidParam("woning", "verplicht")));
        }
        List<InvalidParam> f = reactieFouten(casus, r);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De reactie is niet geldig.", f);
        }
        // a lottery dwelling or a good position: the paperwork must be ready the same day
        LocalDate deadline = r.soort().equals("LOTING") || (r.positie() != null && r.positie() <= 3) ? r.datum() : null;
        long id = zoeken.reageer(casus, r.inschrijving(), r.datum(), r.woning().strip(), r.soort(), r.positie(),
                deadline, door.actor());
        if (deadline != null) {
            taken.maak(casus, Taaksoort.REACTIE_DEADLINE, "Vandaag reageren en papieren klaarzetten: "
                    + r.woning().strip() + (r.soort().equals("LOTING") ? " (loting)" : " (positie " + r.positie() + ")"),
                    Rol.ADMINISTRATIEF, deadline);
        }
        gebeurtenissen.publishEvent(new ZoekGebeurtenis.Gereageerd(casus, r.woning().strip(), r.soort(),
                new Actor(door.actor(), client)));
        return id;
    }

    /**
     * The judgment of a reaction without recording it (a page's check when a field of its form could not be read):
     * the account may record it (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleerReactie(long casus, NieuweReactie r, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.REACTIE);
        return reactieFouten(casus, r);
    }

    private List<InvalidParam> reactieFouten(long casus, NieuweReactie r) {
        List<InvalidParam> f = new ArrayList<>();
        if (r.inschrijving() == null || !zoeken.isInschrijvingVan(r.inschrijving(), casus)) {
            f.add(new InvalidParam("inschrijving", "geen inschrijving van deze casus"));
        }
        if (r.datum() == null) {
            f.add(new InvalidParam("datum", "verplicht"));
        }
        if (r.woning() == null || r.woning().isBlank() || r.woning().length() > 300) {
            f.add(new InvalidParam("woning", "verplicht, hoogstens 300 tekens"));
        }
        if (r.soort() == null || !List.of("REGULIER", "LOTING", "DIRECT").contains(r.soort())) {
            f.add(new InvalidParam("soort", "REGULIER, LOTING of DIRECT"));
        }
        if (r.positie() != null && r.positie() < 1) {
            f.add(new InvalidParam("positie", "1 of hoger"));
        }
        return f;
    }

    public List<Reactie> reacties(long casus) {
        return zoeken.reacties(casus).stream().map(r -> new Reactie(r.id(), r.inschrijving(), r.website(), r.datum(),
                r.woning(), r.soort(), r.resultaat(), r.positie(), r.deadline())).toList();
    }

    public List<Reactie> reacties(long casus, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.REACTIES);
        return reacties(casus);
    }

    // ---------------------------------------------------------------- offers

    @Override
    @Transactional
    public long bied(long casus, NieuwAanbod a, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.AANBOD);
        if (a == null) {
            throw ApiException.invalid("Geef het aanbod.", List.of(new InvalidParam("adres", "verplicht")));
        }
        List<InvalidParam> f = aanbodFouten(a);
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het aanbod is niet geldig.", f);
        }
        long id = zoeken.bied(casus, a.gemeente().strip(), a.corporatie().strip(), a.adres().strip(), a.huur(),
                a.bezichtiging(), a.deadline(), door.actor());
        overgangen.volg(casus, Status.AANBOD, "Aanbod: " + a.adres().strip() + ", " + a.gemeente().strip()
                + " (" + a.corporatie().strip() + ")", door, client);
        taken.maak(casus, Taaksoort.AANBOD_DOCUMENTEN, "Documenten voor het aanbod aanleveren (" + a.adres().strip()
                + ")", Rol.CASEMANAGER, a.deadline());
        return id;
    }

    /**
     * The judgment of an offer without recording it (a page's check when a field of its form could not be read): the
     * account may record it (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleerAanbod(long casus, NieuwAanbod a, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.AANBOD);
        return aanbodFouten(a);
    }

    private static List<InvalidParam> aanbodFouten(NieuwAanbod a) {
        List<InvalidParam> f = new ArrayList<>();
        verplicht(f, "gemeente", a.gemeente());
        verplicht(f, "corporatie", a.corporatie());
        verplicht(f, "adres", a.adres());
        if (a.huur() == null || a.huur().signum() <= 0 || a.huur().compareTo(BigDecimal.valueOf(5000)) > 0) {
            f.add(new InvalidParam("huur", "een maandhuur boven 0 en tot 5000 euro"));
        }
        if (a.deadline() == null) {
            f.add(new InvalidParam("deadline", "verplicht"));
        }
        return f;
    }

    @Override
    public List<Aanbod> aanbiedingen(long casus) {
        return zoeken.aanbiedingen(casus);
    }

    public List<Aanbod> aanbiedingen(long casus, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.AANBIEDINGEN);
        return aanbiedingen(casus);
    }

    public long casusVanAanbod(long aanbod) {
        return zoeken.casusVanAanbod(aanbod)
                .orElseThrow(() -> ApiException.notFound("Aanbod " + aanbod + " bestaat niet."));
    }

    /**
     * The decision on an offer (the casemanager). AANVAARD: to Verhuizing (when the documents are complete).
     * GEWEIGERD_CLIENT: the client is free to refuse — back to Zoeken, no penalty, no mark. GEWEIGERD_CORPORATIE: back
     * to Zoeken and a row in the obstacle log with the ground. On the route alleen geld a refused offer goes back to
     * Alleen geld instead ({@link Overgangen#naGeweigerdAanbod}). Guarded: an offer is decided once.
     */
    @Override
    @Transactional
    public void besluit(long aanbod, Besluit b, Gebruiker door, String client) {
        long casus = casusVanAanbod(aanbod);
        toegang.vereis(door, casus, Handeling.BESLUIT_AANBOD);
        beslis(casus, aanbod, b, door, client);
    }

    /** The decision on an offer of this case (the case page's form names the offer; 400 when it is not one). */
    @Transactional
    public void besluit(long casus, Long aanbod, Besluit b, Gebruiker door, String client) {
        toegang.vereis(door, casus, Handeling.BESLUIT_AANBOD);
        if (!vanCasus(casus, aanbod)) {
            throw ApiException.invalid("Het besluit is niet geldig.", List.of(geenAanbod()));
        }
        beslis(casus, aanbod, b, door, client);
    }

    private boolean vanCasus(long casus, Long aanbod) {
        return aanbod != null && zoeken.casusVanAanbod(aanbod).filter(c -> c == casus).isPresent();
    }

    private static InvalidParam geenAanbod() {
        return new InvalidParam("aanbod", "geen open aanbod van deze casus");
    }

    private void beslis(long casus, long aanbod, Besluit b, Gebruiker door, String client) {
        if (b == null) {
            throw ApiException.invalid("Geef het besluit.", List.of(new InvalidParam("besluit", "verplicht")));
        }
        List<InvalidParam> f = besluitFouten(b);
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het besluit is niet geldig.", f);
        }
        Aanbodbesluit besluit = Aanbodbesluit.valueOf(b.besluit());
        Aanbod a = aanbiedingen(casus).stream().filter(x -> x.id() == aanbod).findFirst().orElseThrow();
        if (a.besluit() != null || !zoeken.besluit(aanbod, besluit, Invoer.leeg(b.toelichting()), door.actor())) {
            Aanbodbesluit al = a.besluit() != null ? a.besluit() : zoeken.aanbiedingen(casus).stream()
                    .filter(x -> x.id() == aanbod).findFirst().orElseThrow().besluit();
            throw new ApiException(HttpStatus.CONFLICT, "Al besloten", "Over dit aanbod is al besloten.",
                    List.of(new InvalidParam("besluit", "al vastgelegd: " + al)));
        }
        switch (besluit) {
            case AANVAARD -> overgangen.volg(casus, Status.VERHUIZING, "Aanbod aanvaard door de cliënt: "
                    + a.adres() + ", " + a.gemeente(), door, client);
            case GEWEIGERD_CLIENT -> overgangen.volg(casus, overgangen.naGeweigerdAanbod(casus),
                    "Aanbod geweigerd door de cliënt (vrije keuze, zonder gevolgen)"
                            + (b.toelichting() == null ? "" : ": " + b.toelichting().strip()), door, client);
            case GEWEIGERD_CORPORATIE -> {
                zoeken.belemmering(toegang.scope(casus).team(), casus, LocalDate.now(klok), Invoer.leeg(b.website()),
                        a.gemeente(), Invoer.leeg(b.provincie()), a.corporatie(), b.toelichting().strip(),
                        b.grond().strip(), door.actor());
                overgangen.volg(casus, overgangen.naGeweigerdAanbod(casus), "Aanbod geweigerd door " + a.corporatie() + ": "
                        + b.grond().strip(), door, client);
            }
        }
    }

    /**
     * The judgment of a decision on an offer of the case without recording it (a page's check when a field of its
     * form could not be read): the account may decide on the case's offers (403 otherwise), and every invalid field.
     */
    public List<InvalidParam> controleerBesluit(long casus, Long aanbod, Besluit b, Gebruiker door) {
        toegang.vereis(door, casus, Handeling.BESLUIT_AANBOD);
        List<InvalidParam> f = new ArrayList<>(besluitFouten(b));
        if (!vanCasus(casus, aanbod)) {
            f.add(geenAanbod());
        }
        return f;
    }

    private static List<InvalidParam> besluitFouten(Besluit b) {
        List<InvalidParam> f = new ArrayList<>();
        Aanbodbesluit besluit = null;
        for (Aanbodbesluit x : Aanbodbesluit.values()) {
            if (x.name().equals(b.besluit())) {
                besluit = x;
            }
        }
        if (besluit == null) {
            f.add(new InvalidParam("besluit", "AANVAARD, GEWEIGERD_CLIENT of GEWEIGERD_CORPORATIE"));
        }
        if (besluit == Aanbodbesluit.GEWEIGERD_CORPORATIE) {
            verplicht(f, "grond", b.grond());
            verplicht(f, "toelichting", b.toelichting());
        }
        if (b.toelichting() != null && b.toelichting().length() > 2000) {
            f.add(new InvalidParam("toelichting", "hoogstens 2000 tekens"));
        }
        return f;
    }

    public List<Belemmering> belemmeringen(Gebruiker g) {
        toegang.teamrol(g, Rol.CASEMANAGER, Rol.ADMINISTRATIEF, Rol.COORDINATOR);
        List<Belemmering> lijst = zoeken.belemmeringen(g.team()).stream().map(x -> new Belemmering(x.id(), x.casus(),
                x.datum(), x.website(), x.plaats(), x.provincie(), x.corporatie(), x.situatie(), x.grond(),
                x.actie())).toList();
        toegang.logLijst(g, lijst.stream().map(Belemmering::casus).toList(), "belemmeringenlog");
        return lijst;
    }

    private static void verplicht(List<InvalidParam> f, String veld, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            f.add(new InvalidParam(veld, "verplicht"));
        } else if (waarde.length() > 300) {
            f.add(new InvalidParam(veld, "hoogstens 300 tekens"));
        }
    }
}
