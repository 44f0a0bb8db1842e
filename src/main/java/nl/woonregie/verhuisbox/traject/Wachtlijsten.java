package nl.woonregie.verhuisbox.traject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.verhuisbox.Categorie;
import nl.woonregie.verhuisbox.Jaren;
import nl.woonregie.verhuisbox.traject.internal.CasusRepository;
import nl.woonregie.verhuisbox.traject.internal.TeamRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting list of a team per category in its explicit order ({@link Wachtlijst}), the capacity per year and
 * category, and the priority rule "kinderen eerst".
 */
@Service
public class Wachtlijsten {

    private final CasusRepository casussen;
    private final TeamRepository teams;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Wachtlijsten(CasusRepository casussen, TeamRepository teams, VerhuisboxToegang toegang,
            ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.casussen = casussen;
        this.teams = teams;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    public record CapaciteitVerzoek(Integer jaar, String categorie, Integer aantal) {
    }

    public record VolgordeVerzoek(Boolean kinderenEerst) {
    }

    /** The waiting list of one category: capacity and starts this year, and the places in order. */
    public record Lijst(int capaciteit, int gestart, List<Wachtlijst.Plaats> plaatsen) {
    }

    public boolean kinderenEerst(long team) {
        return teams.kinderenEerst(team);
    }

    public int capaciteit(long team, int jaar, Categorie categorie) {
        return teams.capaciteit(team, jaar, categorie);
    }

    /** Cases of the category that entered the intake in the year (they used a place). */
    public int gestart(long team, int jaar, Categorie categorie) {
        return casussen.gestart(team, jaar, categorie);
    }

    public List<Wachtlijst.Plaats> wachtlijst(long team, Categorie categorie) {
        return Wachtlijst.orden(casussen.wachtenden(team), categorie, kinderenEerst(team),
                capaciteit(team, LocalDate.now(klok).getYear(), categorie));
    }

    /**
     * The waiting lists of the account's team per category (COORDINATOR, ICP); the cases on them are logged as one
     * processing action (verwerkingenlogging).
     */
    public Map<Categorie, Lijst> lijsten(Gebruiker g) {
        toegang.teamrol(g, Rol.COORDINATOR, Rol.ICP);
        int jaar = LocalDate.now(klok).getYear();
        Map<Categorie, Lijst> m = new LinkedHashMap<>();
        List<Long> getoond = new ArrayList<>();
        for (Categorie c : Categorie.values()) {
            List<Wachtlijst.Plaats> plaatsen = wachtlijst(g.team(), c);
            plaatsen.forEach(p -> getoond.add(p.wachtende().casus()));
            m.put(c, new Lijst(capaciteit(g.team(), jaar, c), gestart(g.team(), jaar, c), plaatsen));
        }
        toegang.logLijst(g, getoond, "wachtlijst");
        return m;
    }

    /** Sets the capacity of a year and category for the coordinator's team; returns the category. */
    @Transactional
    public Categorie zetCapaciteit(CapaciteitVerzoek v, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        if (v == null || v.jaar() == null) {
            throw ApiException.invalid("Geef jaar, categorie en aantal.", List.of(new InvalidParam("jaar", "verplicht")));
        }
        Categorie categorie = v.categorie() == null ? null
                : Invoer.enumWaarde(Categorie.class, v.categorie(), "categorie");
        long team = door.team();
        int jaar = v.jaar();
        Integer aantal = v.aantal();
        List<InvalidParam> f = new ArrayList<>();
        if (!Jaren.geldig(jaar)) {
            f.add(new InvalidParam("jaar", Jaren.BEREIK));
        }
        if (categorie == null) {
            f.add(new InvalidParam("categorie", "HUISHOUDEN of JONGERE"));
        }
        if (aantal == null || aantal < 0 || aantal > 10_000) {
            f.add(new InvalidParam("aantal", "0 tot 10 000"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("De capaciteit is niet geldig.", f);
        }
        int oud = capaciteit(team, jaar, categorie);
        teams.zetCapaciteit(team, jaar, categorie, aantal);
        gebeurtenissen.publishEvent(new TeamGebeurtenis.CapaciteitGewijzigd(team, jaar, categorie, oud, aantal,
                new Actor(door.actor(), client)));
        return categorie;
    }

    /** The priority rule of the coordinator's team, on or off. */
    @Transactional
    public void zetVolgorde(VolgordeVerzoek v, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        if (v == null || v.kinderenEerst() == null) {
            throw ApiException.invalid("Geef kinderenEerst.", List.of(new InvalidParam("kinderenEerst",
                    "true of false")));
        }
        long team = door.team();
        boolean oud = kinderenEerst(team);
        teams.zetVolgorde(team, v.kinderenEerst(), door.actor());
        gebeurtenissen.publishEvent(new TeamGebeurtenis.VolgordeGewijzigd(team, oud, v.kinderenEerst(),
                new Actor(door.actor(), client)));
    }
}
