package nl.woonregie.verhuisbox.rapportage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.verhuisbox.geld.GeldCijfers;
import nl.woonregie.verhuisbox.rapportage.internal.UitgavenopgaveRepository;
import nl.woonregie.verhuisbox.traject.Cijferrij;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The spend of a year as the team stated it in its own report (issue 20 §4, ADR 0064): the stated total and its
 * categories, each optionally tied to a kind of grant. Next to it the report puts what Woonregie computes — the sum
 * of the stated categories, and per tied category the grants paid that year — and shows every difference as a
 * finding: the 2021 report states € 196.413,45 while its categories sum to € 196.413,55 (002:L9269-L9282). Kept by the
 * team's COORDINATOR (versioned, audited as {@link RapportageGebeurtenis}); read by COORDINATOR and CONSULENT, like the
 * report.
 */
@Service
public class Uitgavenopgaven {

    /** numeric(12,2) */
    static final BigDecimal MAX = new BigDecimal("9999999999.99");
    static final int MAX_POSTEN = 20;

    /** What the coordinator enters. */
    public record OpgaveInvoer(String bron, BigDecimal totaal, List<OpgavepostInvoer> posten) {
    }

    public record OpgavepostInvoer(String omschrijving, String soort, BigDecimal bedrag) {
    }

    /**
     * A stated category with, when it names a kind of grant, what the grants paid that year add up to
     * ({@code berekend}) and the difference stated − computed.
     */
    public record Opgavepost(String omschrijving, String soort, String soortLabel, BigDecimal bedrag, BigDecimal berekend,
            BigDecimal verschil) {
    }

    /** The stated spend with its findings: the sum of the categories and the difference with the stated total. */
    public record Uitgavenopgave(int jaar, String bron, BigDecimal totaal, List<Opgavepost> posten, BigDecimal somPosten,
            BigDecimal verschil, boolean sluit, int versie, String vastgelegdDoor, OffsetDateTime vastgelegdOp) {
    }

    private final UitgavenopgaveRepository opgaven;
    private final GeldCijfers geld;
    private final VerhuisboxToegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final Clock klok;

    Uitgavenopgaven(UitgavenopgaveRepository opgaven, GeldCijfers geld, VerhuisboxToegang toegang,
            ApplicationEventPublisher gebeurtenissen, Clock klok) {
        this.opgaven = opgaven;
        this.geld = geld;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.klok = klok;
    }

    /** The own team's stated spend of a year (COORDINATOR, CONSULENT); 404 when none is recorded. */
    @Transactional(readOnly = true)
    public Uitgavenopgave lees(Gebruiker door, int jaar) {
        toegang.teamrol(door, Rapportage.RAPPORT);
        return vanTeam(door.team(), jaar).orElseThrow(() -> ApiException.notFound("Voor " + jaar
                + " is geen opgave van de uitgaven vastgelegd."));
    }

    /** The stated spend of a team and year with its findings (no account: the report authorises its reader). */
    public Optional<Uitgavenopgave> vanTeam(long team, int jaar) {
        return opgaven.lees(team, jaar).map(r -> opgave(r, berekendPerSoort(team, jaar), geld.soortLabels(team)));
    }

    /** The kinds of grant a category may be tied to, with their Dutch description. */
    public Map<String, String> soorten(long team) {
        return geld.soortLabels(team);
    }

    /**
     * Records (no stated spend for the year yet) or replaces (at version {@code versie}, the If-Match) the own team's
     * stated spend of a year (COORDINATOR): 400 naming every invalid field, 409 when it changed meanwhile.
     *
     * @return the stored spend and whether it is new
     */
    @Transactional
    public Vastgelegd legVast(Gebruiker door, int jaar, Integer versie, OpgaveInvoer in, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        long team = door.team();
        Optional<UitgavenopgaveRepository.Rij> oud = opgaven.lees(team, jaar);
        List<InvalidParam> f = new ArrayList<>();
        int ditJaar = LocalDate.now(klok).getYear();
        if (jaar < 2019 || jaar > ditJaar) {
            f.add(new InvalidParam("jaar", "een jaar van 2019 tot en met " + ditJaar));
        }
        if (oud.isPresent() && (versie == null || versie < 1)) {
            f.add(new InvalidParam("If-Match", "verplicht bij een wijziging: de versie die u wijzigt (de ETag)"));
        }
        Gecontroleerd g = controleer(in, soorten(team).keySet(), f);
        if (!f.isEmpty()) {
            throw ApiException.invalid("De opgave van de uitgaven is niet volledig of niet geldig.", f);
        }
        Actor actor = new Actor(door.actor(), client);
        long id;
        if (oud.isEmpty()) {
            try {
                id = opgaven.voegToe(team, jaar, g.bron(), g.totaal(), g.posten(), door.actor());
            } catch (DuplicateKeyException e) {
                throw gewijzigd(jaar, null);
            }
            gebeurtenissen.publishEvent(new RapportageGebeurtenis.UitgavenopgaveVastgelegd(id, null,
                    waarden(jaar, g.bron(), g.totaal(), g.posten(), 1), actor));
        } else {
            UitgavenopgaveRepository.Rij r = oud.get();
            id = r.id();
            if (!opgaven.vervang(id, versie, g.bron(), g.totaal(), g.posten(), door.actor())) {
                throw gewijzigd(jaar, r.versie());
            }
            gebeurtenissen.publishEvent(new RapportageGebeurtenis.UitgavenopgaveVastgelegd(id,
                    waarden(jaar, r.bron(), r.totaal(), r.posten(), r.versie()),
                    waarden(jaar, g.bron(), g.totaal(), g.posten(), r.versie() + 1), actor));
        }
        return new Vastgelegd(vanTeam(team, jaar).orElseThrow(), oud.isEmpty());
    }

    /** The result of {@link #legVast}. */
    public record Vastgelegd(Uitgavenopgave opgave, boolean nieuw) {
    }

    private static ApiException gewijzigd(int jaar, Integer nu) {
        return new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "De opgave van de uitgaven van " + jaar
                + " is intussen gewijzigd; lees haar opnieuw.", List.of(new InvalidParam("If-Match",
                        nu == null ? "de opgave is intussen vastgelegd" : "de opgave is nu op versie " + nu)));
    }

    private record Gecontroleerd(String bron, BigDecimal totaal, List<UitgavenopgaveRepository.Postrij> posten) {
    }

    static Gecontroleerd controleer(OpgaveInvoer in, Set<String> soorten, List<InvalidParam> f) {
        if (in == null) {
            f.add(new InvalidParam("bron", "verplicht"));
            f.add(new InvalidParam("totaal", "verplicht"));
            f.add(new InvalidParam("posten", "verplicht: ten minste één post"));
            return null;
        }
        String bron = in.bron() == null || in.bron().isBlank() ? null : in.bron().strip();
        if (bron == null) {
            f.add(new InvalidParam("bron", "verplicht: het verslag waarin het team de uitgaven opgaf"));
        } else if (bron.length() > 500) {
            f.add(new InvalidParam("bron", "hoogstens 500 tekens"));
        }
        BigDecimal totaal = bedrag(in.totaal(), "totaal", f);
        List<UitgavenopgaveRepository.Postrij> posten = new ArrayList<>();
        List<OpgavepostInvoer> invoer = in.posten() == null ? List.of() : in.posten();
        if (invoer.isEmpty()) {
            f.add(new InvalidParam("posten", "verplicht: ten minste één post"));
        } else if (invoer.size() > MAX_POSTEN) {
            f.add(new InvalidParam("posten", "hoogstens " + MAX_POSTEN + " posten"));
        }
        Set<String> gezien = new HashSet<>();
        for (int i = 0; i < invoer.size() && i < MAX_POSTEN; i++) {
            OpgavepostInvoer p = invoer.get(i);
            String veld = "posten[" + i + "].";
            if (p == null) {
                f.add(new InvalidParam(veld + "omschrijving", "verplicht"));
                continue;
            }
            String omschrijving = p.omschrijving() == null || p.omschrijving().isBlank() ? null
                    : p.omschrijving().strip();
            if (omschrijving == null) {
                f.add(new InvalidParam(veld + "omschrijving", "verplicht"));
            } else if (omschrijving.length() > 200) {
                f.add(new InvalidParam(veld + "omschrijving", "hoogstens 200 tekens"));
            }
            String soort = p.soort() == null || p.soort().isBlank() ? null
                    : p.soort().strip().toUpperCase(Locale.ROOT);
            if (soort != null && !soorten.contains(soort)) {
                f.add(new InvalidParam(veld + "soort", "een soort verstrekking van het team ("
                        + String.join(", ", soorten.stream().sorted().toList()) + ") of leeg"));
            } else if (soort != null && !gezien.add(soort)) {
                f.add(new InvalidParam(veld + "soort", "een andere post hoort al bij deze soort"));
            }
            BigDecimal bedrag = bedrag(p.bedrag(), veld + "bedrag", f);
            posten.add(new UitgavenopgaveRepository.Postrij(omschrijving, soort, bedrag));
        }
        return new Gecontroleerd(bron, totaal, posten);
    }

    private static BigDecimal bedrag(BigDecimal b, String veld, List<InvalidParam> f) {
        if (b == null) {
            f.add(new InvalidParam(veld, "verplicht: een bedrag in euro, bijvoorbeeld 196413.45"));
            return null;
        }
        if (b.stripTrailingZeros().scale() > 2) {
            f.add(new InvalidParam(veld, "hoogstens 2 decimalen (eurocenten)"));
            return null;
        }
        if (b.signum() < 0) {
            f.add(new InvalidParam(veld, "mag niet negatief zijn"));
            return null;
        }
        if (b.compareTo(MAX) > 0) {
            f.add(new InvalidParam(veld, "hoogstens " + Weergave.euro(MAX)));
            return null;
        }
        return b.setScale(2, RoundingMode.UNNECESSARY);
    }

    private Map<String, BigDecimal> berekendPerSoort(long team, int jaar) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (Cijferrij r : geld.uitgavenPerSoort(team, LocalDate.of(jaar, 1, 1), LocalDate.of(jaar, 12, 31))) {
            m.merge(r.sleutel(), r.waarde(), BigDecimal::add);
        }
        return m;
    }

    static Uitgavenopgave opgave(UitgavenopgaveRepository.Rij r, Map<String, BigDecimal> berekend,
            Map<String, String> labels) {
        List<Opgavepost> posten = new ArrayList<>();
        BigDecimal som = BigDecimal.ZERO.setScale(2);
        for (UitgavenopgaveRepository.Postrij p : r.posten()) {
            som = som.add(p.bedrag());
            BigDecimal b = p.soort() == null ? null : berekend.getOrDefault(p.soort(), BigDecimal.ZERO).setScale(2);
            posten.add(new Opgavepost(p.omschrijving(), p.soort(), p.soort() == null ? null
                    : labels.getOrDefault(p.soort(), p.soort()), p.bedrag(), b, b == null ? null
                            : p.bedrag().subtract(b)));
        }
        BigDecimal verschil = r.totaal().subtract(som);
        return new Uitgavenopgave(r.jaar(), r.bron(), r.totaal(), List.copyOf(posten), som, verschil, verschil.signum() == 0,
                r.versie(), r.door(), r.op());
    }

    private static Map<String, Object> waarden(int jaar, String bron, BigDecimal totaal,
            List<UitgavenopgaveRepository.Postrij> posten, int versie) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jaar", jaar);
        m.put("bron", bron);
        m.put("totaal", totaal);
        m.put("posten", posten.stream().map(p -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("omschrijving", p.omschrijving());
            x.put("soort", p.soort());
            x.put("bedrag", p.bedrag());
            return x;
        }).toList());
        m.put("versie", versie);
        return m;
    }
}
