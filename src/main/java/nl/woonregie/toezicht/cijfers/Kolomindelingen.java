package nl.woonregie.toezicht.cijfers;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.importbestand.Kolom;
import nl.woonregie.platform.importbestand.Kolomkoppeling;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The column couplings of foreign files, saved per source (issue 19 §6, ADR 0057): how, say, COA's monthly
 * realisation overview names and orders its columns and on which line its header stands, so that the next file of
 * that source imports without retyping. A national coupling ({@code provincie} empty) is kept by COA and the
 * BEHEERDER; a province's by its supervisors (TOEZICHTHOUDER) and the BEHEERDER. Every supervisor also sees and uses
 * the national ones. Each save is a new version ({@code versie}, 409 when it changed meanwhile) and an audited
 * {@link CijferGebeurtenis.KolomindelingOpgeslagen}.
 */
@Service
public class Kolomindelingen {

    /** The Dutch name of each import column, for the form and the errors. */
    static final Map<String, String> OMSCHRIJVING = Map.ofEntries(Map.entry("gemeente",
            "Gemeente (CBS-code, of de naam zoals in het gemeenteregister)"), Map.entry("periode",
            "Periode (jjjj-I of jjjj-II)"), Map.entry("datum", "Datum van de stand"), Map.entry("gehuisvest",
            "Gehuisvest"), Map.entry("koppelingen", "Koppelingen"), Map.entry("omkoppelingen", "Omkoppelingen"),
            Map.entry("stapelgemeente", "Stapelgemeente (ja/nee)"), Map.entry("taakstelling", "Taakstelling"),
            Map.entry("additioneleOpgave", "Additionele opgave"), Map.entry("saldoIn", "Saldo in"),
            Map.entry("trede", "Trede"), Map.entry("ambitie", "Ambitie"));

    static final int MAX_NAAM = 200;
    static final int MAX_OVERSLAAN = 20;
    private static final TypeReference<Map<String, String>> TEKSTEN = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> LIJST = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final CijferImport importer;
    private final GebiedService gebied;
    private final ApplicationEventPublisher gebeurtenissen;
    private final JsonMapper json = JsonMapper.builder().build();

    Kolomindelingen(JdbcClient jdbc, CijferImport importer, GebiedService gebied,
            ApplicationEventPublisher gebeurtenissen) {
        this.jdbc = jdbc;
        this.importer = importer;
        this.gebied = gebied;
        this.gebeurtenissen = gebeurtenissen;
    }

    /** A saved coupling as the API and the pages show it. */
    public record Kolomindeling(long id, String naam, ImportSoort soort, String provincie, int koprij,
            Map<String, String> kolommen, Map<String, String> vasteWaarden, List<String> overslaan, int versie,
            String gewijzigdDoor, OffsetDateTime gewijzigdOp) {

        /** What the file reader uses. */
        public Kolomkoppeling koppeling() {
            return new Kolomkoppeling(koprij, kolommen, vasteWaarden, overslaan);
        }
    }

    /** A new coupling or all of a changed one; {@code versie} instead of {@code If-Match}. */
    public record Kolomindelingverzoek(String naam, String soort, String provincie, Integer koprij,
            Map<String, String> kolommen, Map<String, String> vasteWaarden, List<String> overslaan, Integer versie) {
    }

    /** 403 unless this account may keep or use couplings (who may import figures). */
    private List<ImportSoort> vereis(Gebruiker g) {
        return importer.vereisSoorten(g);
    }

    /** May this account see (and use) this coupling? */
    private static boolean zichtbaar(Gebruiker g, String provincie) {
        if (g.heeft(Rol.BEHEERDER)) {
            return true;
        }
        if (provincie == null) {
            return true; // national: COA and every supervisor use them
        }
        return g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
    }

    /** May this account keep this coupling? National: COA, BEHEERDER; a province's: its supervisors, BEHEERDER. */
    private static boolean beheerbaar(Gebruiker g, String provincie) {
        if (g.heeft(Rol.BEHEERDER)) {
            return true;
        }
        return provincie == null ? g.heeft(Rol.COA) : g.provincies(Rol.TOEZICHTHOUDER).contains(provincie);
    }

    /** The couplings this account sees, optionally of one kind, by name. */
    @Transactional(readOnly = true)
    public List<Kolomindeling> lijst(Gebruiker g, ImportSoort soort) {
        List<ImportSoort> mag = vereis(g);
        return jdbc.sql("select * from kolomindeling order by lower(naam), id").query(this::rij).list().stream()
                .filter(k -> zichtbaar(g, k.provincie()) && mag.contains(k.soort()))
                .filter(k -> soort == null || k.soort() == soort).toList();
    }

    /** One coupling (404 when it does not exist or this account may not see it). */
    @Transactional(readOnly = true)
    public Kolomindeling lees(Gebruiker g, long id) {
        List<ImportSoort> mag = vereis(g);
        return vind(id).filter(k -> zichtbaar(g, k.provincie()) && mag.contains(k.soort()))
                .orElseThrow(Kolomindelingen::bestaatNiet);
    }

    /** May this account change this coupling (for the pages: a form or only the facts)? */
    public boolean magWijzigen(Gebruiker g, Kolomindeling k) {
        return beheerbaar(g, k.provincie());
    }

    /** The provinces for which this account may make a coupling; empty string: national. */
    public List<String> provinciesVoorNieuw(Gebruiker g) {
        List<String> codes = new ArrayList<>();
        if (g.heeft(Rol.BEHEERDER, Rol.COA)) {
            codes.add("");
        }
        if (g.heeft(Rol.BEHEERDER)) {
            gebied.provincies().forEach(p -> codes.add(p.code()));
        } else {
            codes.addAll(new java.util.TreeSet<>(g.provincies(Rol.TOEZICHTHOUDER)));
        }
        return codes;
    }

    @Transactional
    public Kolomindeling maak(Gebruiker g, Kolomindelingverzoek v, String client) {
        List<ImportSoort> mag = vereis(g);
        List<InvalidParam> fouten = new ArrayList<>();
        String provincie = leeg(v == null ? null : v.provincie()) ? null : v.provincie().strip().toUpperCase(Locale.ROOT);
        if (provincie != null && gebied.provincie(provincie).isEmpty()) {
            fouten.add(new InvalidParam("provincie", "onbekende provincie '" + provincie + "'"));
        } else if (!beheerbaar(g, provincie)) {
            fouten.add(new InvalidParam("provincie", provincie == null
                    ? "kies uw provincie; een landelijke kolomindeling houden COA en de beheerder bij"
                    : "u houdt alleen de kolomindelingen van uw eigen provincie bij"));
        }
        Inhoud inhoud = inhoud(v, mag, provincie, null, fouten);
        weigerBijFouten(fouten);
        long id = jdbc.sql("""
                insert into kolomindeling (naam, soort, provincie_code, koprij, kolommen, vaste_waarden, overslaan,
                    gewijzigd_door)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), cast(? as jsonb), ?) returning id""")
                .params(inhoud.naam(), inhoud.soort().name(), provincie, inhoud.koprij(),
                        json.writeValueAsString(inhoud.kolommen()), json.writeValueAsString(inhoud.vasteWaarden()),
                        json.writeValueAsString(inhoud.overslaan()), g.actor())
                .query(Long.class).single();
        Kolomindeling k = vind(id).orElseThrow();
        gebeurtenissen.publishEvent(new CijferGebeurtenis.KolomindelingOpgeslagen(id, audit(k), null,
                new Actor(g.actor(), client)));
        return k;
    }

    /** All of a coupling anew, made to version {@code versie} (409 when it changed meanwhile). */
    @Transactional
    public Kolomindeling wijzig(Gebruiker g, long id, Integer versie, Kolomindelingverzoek v, String client) {
        List<ImportSoort> mag = vereis(g);
        Kolomindeling oud = lees(g, id);
        if (!beheerbaar(g, oud.provincie())) {
            Toegang.rol(g, Rol.BEHEERDER); // the 403 of every refusal
        }
        List<InvalidParam> fouten = new ArrayList<>();
        if (versie == null) {
            fouten.add(new InvalidParam("versie", "geef de versie die u wijzigt (If-Match of versie)"));
        }
        if (v != null && !leeg(v.provincie()) && !v.provincie().strip().equalsIgnoreCase(
                oud.provincie() == null ? "" : oud.provincie())) {
            fouten.add(new InvalidParam("provincie", "blijft " + (oud.provincie() == null ? "landelijk"
                    : oud.provincie())));
        }
        Inhoud inhoud = inhoud(v, mag, oud.provincie(), id, fouten);
        weigerBijFouten(fouten);
        int gewijzigd = jdbc.sql("""
                update kolomindeling set naam = ?, soort = ?, koprij = ?, kolommen = cast(? as jsonb),
                    vaste_waarden = cast(? as jsonb), overslaan = cast(? as jsonb), versie = versie + 1,
                    gewijzigd_door = ?, gewijzigd_op = now()
                where id = ? and versie = ?""")
                .params(inhoud.naam(), inhoud.soort().name(), inhoud.koprij(),
                        json.writeValueAsString(inhoud.kolommen()), json.writeValueAsString(inhoud.vasteWaarden()),
                        json.writeValueAsString(inhoud.overslaan()), g.actor(), id, versie)
                .update();
        if (gewijzigd == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "Intussen gewijzigd", "De kolomindeling is intussen "
                    + "gewijzigd (nu versie " + oud.versie() + "); lees haar opnieuw.", null);
        }
        Kolomindeling k = vind(id).orElseThrow();
        gebeurtenissen.publishEvent(new CijferGebeurtenis.KolomindelingOpgeslagen(id, audit(k), audit(oud),
                new Actor(g.actor(), client)));
        return k;
    }

    /**
     * The coupling an import uses: visible to this account and of the import's kind (400 naming
     * {@code kolomindeling} otherwise; an unknown one is named the same way, not a 404 of the import).
     */
    @Transactional(readOnly = true)
    public Kolomindeling voorImport(Gebruiker g, long id, ImportSoort soort) {
        List<ImportSoort> mag = vereis(g);
        Optional<Kolomindeling> k = vind(id).filter(x -> zichtbaar(g, x.provincie()) && mag.contains(x.soort()));
        if (k.isEmpty()) {
            throw ApiException.invalid("Onbekende kolomindeling.", List.of(new InvalidParam("kolomindeling",
                    "er is geen kolomindeling " + id + " die u mag gebruiken")));
        }
        if (k.get().soort() != soort) {
            throw ApiException.invalid("Deze kolomindeling is voor andere cijfers.", List.of(new InvalidParam(
                    "kolomindeling", "'" + k.get().naam() + "' is voor " + k.get().soort().omschrijving()
                            + ", niet voor " + soort.omschrijving())));
        }
        return k.get();
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Inhoud(String naam, ImportSoort soort, int koprij, Map<String, String> kolommen,
            Map<String, String> vasteWaarden, List<String> overslaan) {
    }

    /** Checks every field, adding each error to {@code fouten}; the cleaned content (partly null when invalid). */
    private Inhoud inhoud(Kolomindelingverzoek v, List<ImportSoort> mag, String provincie, Long zelf,
            List<InvalidParam> fouten) {
        if (v == null) {
            fouten.add(new InvalidParam("naam", "verplicht"));
            return null;
        }
        String naam = v.naam() == null ? "" : v.naam().strip();
        if (naam.isEmpty()) {
            fouten.add(new InvalidParam("naam", "verplicht: de bron, bijvoorbeeld \"COA maandoverzicht\""));
        } else if (naam.length() > MAX_NAAM) {
            fouten.add(new InvalidParam("naam", "hoogstens " + MAX_NAAM + " tekens"));
        } else if (jdbc.sql("select count(*) from kolomindeling where coalesce(provincie_code, '') = ? "
                + "and lower(naam) = lower(?) and id <> ?").params(provincie == null ? "" : provincie, naam,
                        zelf == null ? -1L : zelf).query(Long.class).single() > 0) {
            fouten.add(new InvalidParam("naam", "er is al een kolomindeling met deze naam"));
        }
        ImportSoort soort = null;
        if (leeg(v.soort())) {
            fouten.add(new InvalidParam("soort", "verplicht"));
        } else {
            soort = java.util.Arrays.stream(ImportSoort.values()).filter(s -> s.name().equals(v.soort().strip()))
                    .findFirst().orElse(null);
            if (soort == null || !mag.contains(soort)) {
                fouten.add(new InvalidParam("soort", "kies uit " + String.join(", ", mag.stream()
                        .map(ImportSoort::name).toList())));
                soort = null;
            }
        }
        if (v.koprij() == null) {
            fouten.add(new InvalidParam("koprij", "verplicht: de regel met de kolomnamen"));
        } else if (v.koprij() < 1 || v.koprij() > 50) {
            fouten.add(new InvalidParam("koprij", "een regel van 1 tot en met 50"));
        }
        Map<String, String> kolommen = schoon(v.kolommen(), "kolommen", 200, fouten);
        Map<String, String> vast = schoon(v.vasteWaarden(), "vasteWaarden", 100, fouten);
        if (soort != null) {
            List<String> namen = soort.kolommen.stream().map(Kolom::naam).toList();
            Map<String, String> bronGezien = new HashMap<>();
            for (Map.Entry<String, String> e : kolommen.entrySet()) {
                if (!namen.contains(e.getKey())) {
                    fouten.add(new InvalidParam("kolommen." + e.getKey(), "geen kolom van " + soort.omschrijving()
                            + "; kies uit " + String.join(", ", namen)));
                    continue;
                }
                String eerder = bronGezien.putIfAbsent(e.getValue().toLowerCase(Locale.ROOT), e.getKey());
                if (eerder != null) {
                    fouten.add(new InvalidParam("kolommen." + e.getKey(), "dezelfde kolom van het bestand als "
                            + eerder));
                }
            }
            for (String k : vast.keySet()) {
                if (!namen.contains(k)) {
                    fouten.add(new InvalidParam("vasteWaarden." + k, "geen kolom van " + soort.omschrijving()));
                } else if (kolommen.containsKey(k)) {
                    fouten.add(new InvalidParam("vasteWaarden." + k, "heeft al een kolom van het bestand"));
                } else if (k.equals("gemeente")) {
                    fouten.add(new InvalidParam("vasteWaarden." + k, "kan geen vaste waarde zijn: elke regel is "
                            + "een gemeente"));
                }
            }
            for (Kolom k : soort.kolommen) {
                boolean afgeleid = soort == ImportSoort.COA_STAND && k.naam().equals("periode")
                        && kolommen.containsKey("datum");
                if (k.verplicht() && !afgeleid && !kolommen.containsKey(k.naam()) && !vast.containsKey(k.naam())) {
                    fouten.add(new InvalidParam("kolommen." + k.naam(), "verplicht: koppel een kolom van het "
                            + "bestand" + (k.naam().equals("gemeente") ? "" : " of geef een vaste waarde")));
                }
            }
        }
        List<String> overslaan = new ArrayList<>();
        if (v.overslaan() != null) {
            if (v.overslaan().size() > MAX_OVERSLAAN) {
                fouten.add(new InvalidParam("overslaan", "hoogstens " + MAX_OVERSLAAN + " teksten"));
            }
            for (int i = 0; i < v.overslaan().size(); i++) {
                String t = v.overslaan().get(i) == null ? "" : v.overslaan().get(i).strip();
                if (t.isEmpty() || t.length() > 100) {
                    fouten.add(new InvalidParam("overslaan[" + i + "]", "een tekst van 1 tot 100 tekens"));
                } else if (!overslaan.contains(t)) {
                    overslaan.add(t);
                }
            }
        }
        return new Inhoud(naam, soort, v.koprij() == null ? 0 : v.koprij(), kolommen, vast, overslaan);
    }

    /** The pairs of a map, stripped; an empty value is an error at {@code veld.sleutel}. */
    private static Map<String, String> schoon(Map<String, String> m, String veld, int max,
            List<InvalidParam> fouten) {
        Map<String, String> schoon = new TreeMap<>();
        if (m == null) {
            return schoon;
        }
        for (Map.Entry<String, String> e : m.entrySet()) {
            String waarde = e.getValue() == null ? "" : e.getValue().strip();
            if (waarde.isEmpty()) {
                continue; // an empty field of the form: not coupled
            }
            if (waarde.length() > max) {
                fouten.add(new InvalidParam(veld + "." + e.getKey(), "hoogstens " + max + " tekens"));
            }
            schoon.put(e.getKey().strip(), waarde);
        }
        return schoon;
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    private static void weigerBijFouten(List<InvalidParam> fouten) {
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De kolomindeling is niet opgeslagen.", fouten);
        }
    }

    private static Map<String, Object> audit(Kolomindeling k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("naam", k.naam());
        m.put("soort", k.soort().name());
        m.put("provincie", k.provincie());
        m.put("koprij", k.koprij());
        m.put("kolommen", k.kolommen());
        m.put("vasteWaarden", k.vasteWaarden());
        m.put("overslaan", k.overslaan());
        m.put("versie", k.versie());
        return m;
    }

    private Optional<Kolomindeling> vind(long id) {
        return jdbc.sql("select * from kolomindeling where id = ?").param(id).query(this::rij).optional();
    }

    private Kolomindeling rij(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Kolomindeling(rs.getLong("id"), rs.getString("naam"), ImportSoort.valueOf(rs.getString("soort")),
                rs.getString("provincie_code"), rs.getInt("koprij"),
                new TreeMap<>(json.readValue(rs.getString("kolommen"), TEKSTEN)),
                new TreeMap<>(json.readValue(rs.getString("vaste_waarden"), TEKSTEN)),
                json.readValue(rs.getString("overslaan"), LIJST), rs.getInt("versie"), rs.getString("gewijzigd_door"),
                rs.getObject("gewijzigd_op", OffsetDateTime.class));
    }

    private static ApiException bestaatNiet() {
        return ApiException.notFound("Deze kolomindeling bestaat niet, of u mag haar niet zien.");
    }
}
