package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Casussen.Casus;
import nl.woonregie.verhuisbox.Casussen.ToetsAntwoord;
import nl.woonregie.verhuisbox.Casussen.Toetsregel;
import nl.woonregie.verhuisbox.Criterium;
import nl.woonregie.verhuisbox.Jaren;
import nl.woonregie.verhuisbox.Route;
import nl.woonregie.verhuisbox.Status;
import nl.woonregie.verhuisbox.Toetsbesluit;
import nl.woonregie.verhuisbox.Variant;
import nl.woonregie.verhuisbox.traject.internal.CasusRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ICP-toets against the criteria of the year (data, one set per year) and its decision: refusal with the letter
 * for the aanmelder, or the waiting list with "basis op orde" tasks.
 */
@Service
public class Toetsing {

    private final CasusRepository casussen;
    private final Casusdossier dienst;
    private final Overgangen overgangen;
    private final Taken taken;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Toetsing(CasusRepository casussen, Casusdossier dienst, Overgangen overgangen, Taken taken,
            VerhuisboxToegang toegang, ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.casussen = casussen;
        this.dienst = dienst;
        this.overgangen = overgangen;
        this.taken = taken;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    public List<Criterium> criteria(int jaar) {
        return casussen.criteria(jaar);
    }

    /** The criteria that apply in a year: those of that year, or else of the latest earlier year. */
    public int criteriaJaar(int jaar) {
        return casussen.criteriaJaar(jaar)
                .orElseThrow(() -> ApiException.notFound("Geen criteria voor " + jaar + " of eerder."));
    }

    /** The criteria of a year for a Verhuisbox account (any role of a team). */
    public int criteriaJaar(int jaar, Gebruiker g) {
        toegang.teamrol(g, Rol.ICP, Rol.CASEMANAGER, Rol.COORDINATOR, Rol.AANMELDER, Rol.ADMINISTRATIEF,
                Rol.CONSULENT);
        return criteriaJaar(jaar);
    }

    /** Replaces the criteria of one year (COORDINATOR; the previous set stays in the audit trail). */
    @Transactional
    public void zetCriteria(int jaar, List<Criterium> nieuw, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        List<InvalidParam> f = new ArrayList<>();
        if (!Jaren.geldig(jaar)) {
            f.add(new InvalidParam("jaar", Jaren.BEREIK));
        }
        if (nieuw == null || nieuw.isEmpty()) {
            f.add(new InvalidParam("criteria", "minstens één criterium"));
        } else {
            for (int i = 0; i < nieuw.size(); i++) {
                Criterium c = nieuw.get(i);
                if (c == null) {
                    f.add(new InvalidParam("criteria[" + i + "]", "verplicht"));
                    continue;
                }
                if (c.code() == null || !c.code().matches("[A-Z0-9_]{2,40}")) {
                    f.add(new InvalidParam("criteria[" + i + "].code", "2 tot 40 tekens A-Z, 0-9, _"));
                }
                if (c.omschrijving() == null || c.omschrijving().isBlank() || c.omschrijving().length() > 500) {
                    f.add(new InvalidParam("criteria[" + i + "].omschrijving", "verplicht, hoogstens 500 tekens"));
                }
                if (c.soort() == null) {
                    f.add(new InvalidParam("criteria[" + i + "].soort", "UITSLUITEND, DOCUMENT of UITZONDERING"));
                }
                if (c.verwijzing() != null && c.verwijzing().length() > 500) {
                    f.add(new InvalidParam("criteria[" + i + "].verwijzing", "hoogstens 500 tekens"));
                }
            }
            List<Criterium> aanwezig = nieuw.stream().filter(java.util.Objects::nonNull).toList();
            if (aanwezig.stream().map(Criterium::code).distinct().count() != aanwezig.size()) {
                f.add(new InvalidParam("criteria", "elke code één keer"));
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De criteria zijn niet geldig.", f);
        }
        List<Criterium> oud = criteria(jaar);
        casussen.vervangCriteria(jaar, nieuw);
        gebeurtenissen.publishEvent(new TeamGebeurtenis.CriteriaVastgesteld(jaar, oud, nieuw,
                new Actor(door.actor(), client)));
    }

    Toetsuitslag toetsuitslag(long id, int jaar) {
        return Toetsuitslag.van(criteria(jaar), casussen.laatsteUitslagen(id, jaar));
    }

    /**
     * Records the ICP-toets (outcome and note per criterion, ICP) and, when every hard criterion is decided, takes
     * the decision that follows: refusal with the letter, or the waiting list with "basis op orde" tasks.
     */
    @Transactional
    public ToetsAntwoord toets(long id, List<Toetsregel> regels, Gebruiker door, String client) {
        toegang.vereis(door, id, Handeling.TOETS);
        Casus c = dienst.lees(id);
        if (c.status() != Status.ICP_TOETS) {
            throw new ApiException(HttpStatus.CONFLICT, "Niet in ICP-toets",
                    "De casus is " + c.status().label() + "; toetsen kan alleen in ICP-toets.",
                    List.of(new InvalidParam("status", "moet ICP_TOETS zijn")));
        }
        int jaar = criteriaJaar(LocalDate.now(klok).getYear());
        List<Criterium> criteria = criteria(jaar);
        List<InvalidParam> f = new ArrayList<>();
        if (regels == null || regels.isEmpty()) {
            f.add(new InvalidParam("criteria", "minstens één criterium"));
        } else {
            for (int i = 0; i < regels.size(); i++) {
                Toetsregel r = regels.get(i);
                if (r == null) {
                    f.add(new InvalidParam("criteria[" + i + "]", "verplicht"));
                    continue;
                }
                String code = r.code();
                if (criteria.stream().noneMatch(k -> k.code().equals(code))) {
                    f.add(new InvalidParam("criteria[" + i + "].code", "onbekend criterium in " + jaar));
                }
                if (r.uitkomst() == null) {
                    f.add(new InvalidParam("criteria[" + i + "].uitkomst", "VOLDAAN, NIET_VOLDAAN of ONBEKEND"));
                }
                if (r.notitie() != null && r.notitie().length() > 1000) {
                    f.add(new InvalidParam("criteria[" + i + "].notitie", "hoogstens 1000 tekens"));
                }
            }
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De toets is niet geldig.", f);
        }
        casussen.zetCriteriaJaar(id, jaar);
        casussen.toetsingen(id, jaar, regels, door.actor());
        Toetsuitslag u = toetsuitslag(id, jaar);
        // a passed toets leads to the waiting list, or on the self-finder's route to Alleen geld (ADR 0043)
        boolean alleenGeld = c.route() == Route.ALLEEN_GELD;
        Toetsbesluit besluit = u.besluit() == Toetsbesluit.WACHTLIJST && alleenGeld ? Toetsbesluit.ALLEEN_GELD
                : u.besluit();
        gebeurtenissen.publishEvent(new CasusGebeurtenis.Getoetst(id, jaar, besluit, regels,
                new Actor(door.actor(), client)));
        String brief = null;
        Variant variant = null;
        if (u.besluit() == Toetsbesluit.GEWEIGERD) {
            brief = u.weigerbrief(c.organisatie(), id, jaar);
            casussen.zetWeigerbrief(id, brief);
            overgangen.zet(id, Status.ICP_TOETS, Status.GEWEIGERD, "ICP-toets: niet voldaan: "
                    + String.join("; ", u.afwijzingsgronden().stream().map(Criterium::omschrijving).toList()), door,
                    client);
        } else if (u.besluit() == Toetsbesluit.WACHTLIJST) {
            if (u.uitzondering()) {
                variant = Variant.ADVIES;
                casussen.zetVariant(id, Variant.ADVIES);
            }
            for (Criterium k : u.basisOpOrde()) {
                taken.maak(id, Taaksoort.BASIS_OP_ORDE, "Basis op orde: " + k.omschrijving(), Rol.CONSULENT,
                        LocalDate.now(klok).plusDays(28));
            }
            overgangen.zet(id, Status.ICP_TOETS, alleenGeld ? Status.ALLEEN_GELD : Status.WACHTLIJST,
                    "ICP-toets: voldaan aan de criteria " + jaar
                            + (alleenGeld ? "; route alleen geld: de cliënt heeft een woning in zicht" : "")
                            + (u.uitzondering() ? "; uitzondering: alleen adviesgesprek en geld" : ""), door, client);
        }
        Status nu = casussen.scope(id).orElseThrow().status();
        return new ToetsAntwoord(besluit, u.afwijzingsgronden().stream().map(Criterium::code).toList(),
                u.onbekend().stream().map(Criterium::code).toList(),
                u.basisOpOrde().stream().map(Criterium::code).toList(), variant, nu, brief);
    }
}
