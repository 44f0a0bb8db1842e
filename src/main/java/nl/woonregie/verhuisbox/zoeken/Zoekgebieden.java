package nl.woonregie.verhuisbox.zoeken;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Labels;
import nl.woonregie.verhuisbox.traject.VerhuisboxToegang;
import nl.woonregie.verhuisbox.traject.Zoekgebiedkeuze;
import nl.woonregie.verhuisbox.zoeken.internal.ZoekgebiedRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of search areas of a Verhuisbox team with their housing-market pressure (issue 20 §2, ADR 0061): name,
 * kind (krimpgebied, anticipeergebied, overig), the pressure on five levels or not yet set, the gemeenten (CBS codes
 * of gemeenten that exist today) and the source of the level. Kept by the team's COORDINATOR (every change raises
 * {@code versie}, names the version it changes — a stale one is a 409 — and is an audited {@link ZoekGebeurtenis});
 * read by the COORDINATOR and the CASEMANAGER, who chooses the search regions at the intake: an area whose level is
 * {@link Marktdruk#zeerKansrijk()} is a zeer kansrijke search region. The report reads {@link #vanTeam} to put each
 * destination in its area.
 */
@Service
public class Zoekgebieden implements Zoekgebiedkeuze {

    /** An area as the API and the pages show it ({@code druk} null: nog niet vastgesteld). */
    public record Zoekgebied(long id, String naam, Gebiedssoort soort, String soortLabel, Marktdruk druk,
            String drukLabel, boolean zeerKansrijk, List<Gebiedsgemeente> gemeenten, String bron, int versie) {
    }

    /** A gemeente of an area: its CBS code and name. */
    public record Gebiedsgemeente(String code, String naam) {
    }

    /** What the coordinator enters ({@code druk} empty: not yet set; {@code gemeenten}: CBS codes). */
    @Schema(name = "ZoekgebiedInvoer")
    public record Invoer(String naam, String soort, String druk, List<String> gemeenten, String bron) {
    }

    static final String NIET_VASTGESTELD = "Nog niet vastgesteld";

    private final ZoekgebiedRepository register;
    private final VerhuisboxToegang toegang;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;

    Zoekgebieden(ZoekgebiedRepository register, VerhuisboxToegang toegang, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen) {
        this.register = register;
        this.toegang = toegang;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** The team's register (COORDINATOR, CASEMANAGER; 403 else). */
    public List<Zoekgebied> lijst(Gebruiker door) {
        toegang.teamrol(door, Rol.COORDINATOR, Rol.CASEMANAGER);
        return vanTeam(door.team());
    }

    /** One area of the own team (404 for another team's or none). */
    public Zoekgebied lees(long id, Gebruiker door) {
        toegang.teamrol(door, Rol.COORDINATOR, Rol.CASEMANAGER);
        return zoekgebied(eigen(id, door));
    }

    /** The register of a team, for the figures (no account: the report authorises its reader). */
    public List<Zoekgebied> vanTeam(long team) {
        return register.vanTeam(team).stream().map(this::zoekgebied).toList();
    }

    @Override
    public Optional<Gekozen> gebied(long team, long id) {
        return register.lees(id).filter(r -> r.team() == team).map(this::zoekgebied)
                .map(z -> new Gekozen(z.id(), z.naam(), z.zeerKansrijk()));
    }

    @Override
    public List<Gekozen> keuzes(long team) {
        return vanTeam(team).stream().map(z -> new Gekozen(z.id(), z.naam(), z.zeerKansrijk())).toList();
    }

    /** Adds an area (COORDINATOR): 400 naming every invalid field, 409 for a name the register has. */
    @Transactional
    public Zoekgebied voegToe(Invoer in, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        Gecontroleerd g = controleer(in, door.team(), 0L, List.of());
        long id;
        try {
            id = register.voegToe(door.team(), g.naam, g.soort.name(), naam(g.druk), g.gemeenten, g.bron,
                    door.actor());
        } catch (DuplicateKeyException e) {
            throw bestaatAl(g.naam);
        }
        gebeurtenissen.publishEvent(new ZoekGebeurtenis.ZoekgebiedToegevoegd(id, g.waarden(1),
                new Actor(door.actor(), client)));
        return zoekgebied(register.lees(id).orElseThrow());
    }

    /**
     * Changes an area of the own team at version {@code versie} (the If-Match; COORDINATOR): 400 naming every invalid
     * field (also a missing version), 409 when it changed meanwhile or the name is taken. Search regions agreed at an
     * intake before keep what was agreed then (ADR 0061); the figures use the register as it is.
     */
    @Transactional
    public Zoekgebied wijzig(long id, Integer versie, Invoer in, Gebruiker door, String client) {
        toegang.teamrol(door, Rol.COORDINATOR);
        ZoekgebiedRepository.Rij oud = eigen(id, door);
        List<InvalidParam> extra = versie == null || versie < 1
                ? List.of(new InvalidParam("If-Match", "verplicht: de versie die u wijzigt (de ETag van het gebied)"))
                : List.of();
        Gecontroleerd g = controleer(in, door.team(), id, extra);
        boolean gewijzigd;
        try {
            gewijzigd = register.wijzig(id, versie, g.naam, g.soort.name(), naam(g.druk), g.gemeenten, g.bron,
                    door.actor());
        } catch (DuplicateKeyException e) {
            throw bestaatAl(g.naam);
        }
        if (!gewijzigd) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "Zoekgebied " + id
                    + " is intussen gewijzigd; lees het opnieuw.", List.of(new InvalidParam("If-Match",
                            "het gebied is nu op versie " + oud.versie())));
        }
        Map<String, Object> vorige = new LinkedHashMap<>();
        vorige.put("naam", oud.naam());
        vorige.put("soort", oud.soort());
        vorige.put("druk", oud.druk());
        vorige.put("gemeenten", oud.gemeenten());
        vorige.put("bron", oud.bron());
        vorige.put("versie", oud.versie());
        gebeurtenissen.publishEvent(new ZoekGebeurtenis.ZoekgebiedGewijzigd(id, vorige, g.waarden(oud.versie() + 1),
                new Actor(door.actor(), client)));
        return zoekgebied(register.lees(id).orElseThrow());
    }

    private ZoekgebiedRepository.Rij eigen(long id, Gebruiker door) {
        return register.lees(id).filter(r -> r.team() == door.team())
                .orElseThrow(() -> ApiException.notFound("Zoekgebied " + id + " bestaat niet in uw team."));
    }

    private static ApiException bestaatAl(String naam) {
        return new ApiException(HttpStatus.CONFLICT, "Naam bestaat al", "Het register heeft al een zoekgebied "
                + naam + ".", List.of(new InvalidParam("naam", "het register heeft deze naam al")));
    }

    private record Gecontroleerd(String naam, Gebiedssoort soort, Marktdruk druk, List<String> gemeenten,
            String bron) {

        Map<String, Object> waarden(int versie) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("naam", naam);
            m.put("soort", soort.name());
            m.put("druk", druk == null ? null : druk.name());
            m.put("gemeenten", gemeenten);
            m.put("bron", bron);
            m.put("versie", versie);
            return m;
        }
    }

    private Gecontroleerd controleer(Invoer in, long team, long id, List<InvalidParam> extra) {
        List<InvalidParam> f = new ArrayList<>(extra);
        if (in == null) {
            f.add(new InvalidParam("naam", "verplicht"));
            f.add(new InvalidParam("soort", "verplicht"));
            throw ApiException.invalid("Het zoekgebied is niet volledig of niet geldig.", f);
        }
        String naam = leeg(in.naam());
        if (naam == null) {
            f.add(new InvalidParam("naam", "verplicht"));
        } else if (naam.length() > 200) {
            f.add(new InvalidParam("naam", "hoogstens 200 tekens"));
        }
        Gebiedssoort soort = null;
        if (leeg(in.soort()) == null) {
            f.add(new InvalidParam("soort", "verplicht: KRIMPGEBIED, ANTICIPEERGEBIED of OVERIG"));
        } else {
            try {
                soort = Gebiedssoort.valueOf(in.soort().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.add(new InvalidParam("soort", "KRIMPGEBIED, ANTICIPEERGEBIED of OVERIG"));
            }
        }
        Marktdruk druk = null;
        if (leeg(in.druk()) != null) {
            try {
                druk = Marktdruk.valueOf(in.druk().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                f.add(new InvalidParam("druk", "ZEER_LAAG, LAAG, GEMIDDELD, HOOG, ZEER_HOOG of leeg (nog niet "
                        + "vastgesteld)"));
            }
        }
        LinkedHashSet<String> gemeenten = new LinkedHashSet<>();
        List<String> codes = in.gemeenten() == null ? List.of() : in.gemeenten();
        for (int i = 0; i < codes.size(); i++) {
            String c = leeg(codes.get(i));
            String code = c == null ? null : c.toUpperCase(Locale.ROOT);
            Optional<Gemeente> gm = gebied.gemeente(code).filter(x -> x.geldigOp(gebied.vandaag()));
            if (gm.isEmpty()) {
                f.add(new InvalidParam("gemeenten[" + i + "]", "de CBS-code van een bestaande gemeente, zoals GM1979"));
            } else if (!gemeenten.add(code)) {
                f.add(new InvalidParam("gemeenten[" + i + "]", code + " staat er al in"));
            }
        }
        String bron = leeg(in.bron());
        if (bron != null && bron.length() > 1000) {
            f.add(new InvalidParam("bron", "hoogstens 1000 tekens"));
        }
        if (druk != null && bron == null) {
            f.add(new InvalidParam("bron", "verplicht bij een vastgestelde druk: waar komt het niveau vandaan"));
        }
        if (!f.isEmpty()) {
            throw ApiException.invalid("Het zoekgebied is niet volledig of niet geldig.", f);
        }
        if (register.naamBezet(team, naam, id)) {
            throw bestaatAl(naam);
        }
        return new Gecontroleerd(naam, soort, druk, List.copyOf(gemeenten), bron);
    }

    private Zoekgebied zoekgebied(ZoekgebiedRepository.Rij r) {
        Gebiedssoort s = Gebiedssoort.valueOf(r.soort());
        Marktdruk d = r.druk() == null ? null : Marktdruk.valueOf(r.druk());
        return new Zoekgebied(r.id(), r.naam(), s, Labels.van(s), d, d == null ? NIET_VASTGESTELD : Labels.van(d),
                d != null && d.zeerKansrijk(), r.gemeenten().stream()
                        .map(c -> new Gebiedsgemeente(c, gebied.naam(c))).toList(), r.bron(), r.versie());
    }

    private static String naam(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
