package nl.woonregie.toezicht.cijfers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.platform.importbestand.Bestand;
import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The extra ambition above the taakstelling (issue 15, §3; toezicht.md "Additional opgave (ambitie)"): the 2022-II
 * ambition of 20 000 nationally against an official 13 500, "no official increase but a joint ambition". A
 * municipality's ambition for a period is either imported ({@link ImportSoort#AMBITIE}) or computed here from a
 * national number, in proportion to the population exactly as the taakstelling (art. 29 lid 1: vg × iG / iN, rounded
 * up, the population of 1 January of the year before the period's year). Either way it is stored through
 * {@link CijferImport}, all or nothing, versioned and audited, as a new version of the municipality's taakstelling row
 * with the ambition above the taakstelling as its additional opgave. It never touches the judgment: the engine only
 * reports it, and letters and overviews show it in tables of their own.
 *
 * <p>The spreading itself is the module {@code verdeling}'s distribution, through the port
 * {@link Bevolkingsverdeling} (toezicht does not depend on verdeling): one formula for taakstelling and ambition, with
 * art. 30's figures of Gedeputeerde Staten for both.
 */
@Service
public class Ambities {

    /** The largest national number accepted (a guard against typos). */
    public static final int MAX_LANDELIJK = 1_000_000;
    /** The only rounding of a computed ambition: up, as the law rounds the taakstelling. */
    public static final String AFRONDING = "OMHOOG";

    private static final Pattern GETAL = Pattern.compile("\\d{1,7}|\\d{1,3}(\\.\\d{3}){1,2}");

    private final JdbcClient jdbc;
    private final GebiedService gebied;
    private final Toegang toegang;
    private final CijferImport importer;
    private final ObjectProvider<Bevolkingsverdeling> verdeling;

    Ambities(JdbcClient jdbc, GebiedService gebied, Toegang toegang, CijferImport importer,
            ObjectProvider<Bevolkingsverdeling> verdeling) {
        this.jdbc = jdbc;
        this.gebied = gebied;
        this.toegang = toegang;
        this.importer = importer;
        this.verdeling = verdeling;
    }

    /** A municipality's share in a computed ambition, and what is stored for it. */
    @Schema(name = "AmbitieAandeel")
    @JsonPropertyOrder({"code", "naam", "inwoners", "taakstelling", "ambitie", "additioneleOpgave"})
    public record Aandeel(String code, String naam, long inwoners, Long taakstelling, long ambitie,
            Long additioneleOpgave) {
    }

    /**
     * A computed ambition: its inputs (the national number, the population's date and total, the rounding), every
     * municipality of the province with its share, the sum over the whole country, and what the import stored (or,
     * when only checked, would store).
     */
    @Schema(name = "AmbitieBerekening")
    @JsonPropertyOrder({"provincie", "periode", "landelijk", "afronding", "peildatumBevolking", "inwonersNederland",
        "aantalGemeentenNederland", "somNederland", "opgeslagen", "resultaat", "gemeenten"})
    public record Berekening(String provincie, String periode, long landelijk, String afronding,
            LocalDate peildatumBevolking, long inwonersNederland, int aantalGemeentenNederland, long somNederland,
            boolean opgeslagen, ImportResultaat resultaat, List<Aandeel> gemeenten) {
    }

    /** One municipality of a province with its taakstelling and ambition of a period (null where there is none). */
    @Schema(name = "AmbitieGemeente")
    @JsonPropertyOrder({"code", "naam", "taakstelling", "ambitie", "additioneleOpgave", "ingevoerdDoor", "ingevoerdOp",
        "reden", "import"})
    public record GemeenteAmbitie(String code, String naam, Long taakstelling, Long ambitie, Long additioneleOpgave,
            String ingevoerdDoor, OffsetDateTime ingevoerdOp, String reden, @JsonProperty("import") Long importId) {
    }

    /** The inputs of the latest computation that stored ambitions of the province for the period. */
    @Schema(name = "AmbitieInvoer")
    @JsonPropertyOrder({"landelijk", "afronding", "peildatumBevolking", "inwonersNederland", "aantalGemeenten",
        "import", "ingevoerdDoor", "ingevoerdOp"})
    public record Invoer(long landelijk, String afronding, LocalDate peildatumBevolking, long inwonersNederland,
            int aantalGemeenten, @JsonProperty("import") long importId, String ingevoerdDoor,
            OffsetDateTime ingevoerdOp) {
    }

    /** The ambitions of a province for a period, with the province's totals. */
    @Schema(name = "AmbitieOverzicht")
    @JsonPropertyOrder({"provincie", "periode", "taakstelling", "ambitie", "additioneleOpgave", "berekening",
        "gemeenten"})
    public record Overzicht(String provincie, String periode, long taakstelling, long ambitie,
            long additioneleOpgave, @JsonInclude(JsonInclude.Include.NON_NULL) Invoer berekening,
            List<GemeenteAmbitie> gemeenten) {

        /** Whether any municipality of the province has an ambition for the period. */
        @com.fasterxml.jackson.annotation.JsonIgnore
        public boolean heeftAmbitie() {
            return gemeenten.stream().anyMatch(g -> g.ambitie() != null);
        }
    }

    /** 403 unless this account may set ambitions (BEHEERDER, TOEZICHTHOUDER; which province is a field). */
    public void vereisInvoeren(Gebruiker door) {
        Toegang.rol(door, Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
    }

    /** The provinces whose ambitions this account may set and read, by name. */
    public List<nl.woonregie.gebied.Provincie> provincies(Gebruiker g) {
        return gebied.provincies().stream().filter(p -> Toegang.magProvincieToezien(g, p.code()))
                .sorted(Comparator.comparing(nl.woonregie.gebied.Provincie::naam)).toList();
    }

    /**
     * Computes the ambition of every municipality of the province for the period from the national number, and
     * stores it ({@code opslaan}) through the import of ambitions: all or nothing, versioned (a municipality whose
     * ambition is already so is left alone), audited, with the computation's inputs in the reason and in
     * {@code ambitie_berekening}. Without {@code opslaan} nothing is stored and the answer says what would change.
     * 403 for an account that may not set ambitions; 400 naming every invalid field: {@code provincie} (unknown, or
     * not the account's), {@code periode} (no period, no population of 1 January of the year before, no taakstelling
     * of a municipality), {@code landelijk} (not a whole number from 1 to {@value #MAX_LANDELIJK}, or an ambition
     * below a municipality's taakstelling), {@code reden} (too long).
     */
    @Transactional
    public Berekening bereken(String provincie, String periode, String landelijk, String reden, boolean opslaan,
            Gebruiker door, String client) {
        vereisInvoeren(door);
        List<InvalidParam> fouten = new ArrayList<>();
        String p = provincie == null ? "" : provincie.strip().toUpperCase(Locale.ROOT);
        if (p.isEmpty()) {
            fouten.add(new InvalidParam("provincie", "verplicht"));
        } else if (gebied.provincie(p).isEmpty()) {
            fouten.add(new InvalidParam("provincie", "onbekende provincie '" + provincie.strip() + "'"));
        } else if (!toegang.magToezichtCijfersInvoeren(door, p)) {
            fouten.add(new InvalidParam("provincie", "niet uw provincie: u kunt alleen ambities van uw eigen "
                    + "provincie vastleggen"));
        }
        Periode per = periode == null ? null
                : Periode.parse(periode.strip().toUpperCase(Locale.ROOT)).orElse(null);
        if (per == null) {
            fouten.add(new InvalidParam("periode", periode == null || periode.isBlank() ? "verplicht"
                    : "geen periode; gebruik jjjj-I of jjjj-II, bijvoorbeeld 2022-II"));
        } else if (per.jaar() > 2999) {
            fouten.add(new InvalidParam("periode", "ligt na 2999"));
            per = null;
        }
        Long aantal = landelijk(landelijk, fouten);
        fouten.addAll(CijferImport.controleerReden(reden));
        Bevolkingsverdeling.Uitkomst verdeeld = per == null || aantal == null ? null : verdeel(per, aantal, fouten);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De ambitie kan niet worden berekend.", fouten);
        }
        LocalDate peildatum = verdeeld.peildatumBevolking();
        long totaal = verdeeld.inwonersNederland();
        long som = verdeeld.som();

        List<nl.woonregie.gebied.Gemeente> vanProvincie = gebied.gemeentenVanProvincie(p, indeling(per));
        Map<String, Long> taakstellingen = taakstellingen(vanProvincie.stream().map(nl.woonregie.gebied.Gemeente::code)
                .toList(), per);
        List<String> zonderTaakstelling = new ArrayList<>();
        List<String> onderTaakstelling = new ArrayList<>();
        StringBuilder csv = new StringBuilder("gemeente;periode;ambitie\n");
        for (nl.woonregie.gebied.Gemeente g : vanProvincie) {
            Long taak = taakstellingen.get(g.code());
            long ambitie = verdeeld.gemeenten().get(g.code()).aantal();
            if (taak == null) {
                zonderTaakstelling.add(g.naam() + " (" + g.code() + ")");
            } else if (ambitie < taak) {
                onderTaakstelling.add(g.naam() + " (" + NlFormaat.getal(ambitie) + " < " + NlFormaat.getal(taak) + ")");
            }
            csv.append(g.code()).append(';').append(per.code()).append(';').append(ambitie).append('\n');
        }
        if (!zonderTaakstelling.isEmpty()) {
            fouten.add(new InvalidParam("periode", "geen taakstelling voor " + per.code() + " van "
                    + String.join(", ", zonderTaakstelling) + "; een ambitie staat naast de taakstelling: "
                    + "importeer eerst de taakstellingen"));
        }
        if (!onderTaakstelling.isEmpty()) {
            fouten.add(new InvalidParam("landelijk", "de ambitie komt onder de taakstelling bij "
                    + String.join(", ", onderTaakstelling) + "; een ambitie gaat boven de taakstelling uit"));
        }
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De ambitie kan niet worden vastgelegd.", fouten);
        }
        String waarom = "berekend: landelijke ambitie " + NlFormaat.getal(aantal) + " voor " + per.code()
                + " naar rato van de bevolking per " + Weergave.dag(peildatum) + " (" + NlFormaat.getal(totaal)
                + " inwoners), naar boven afgerond" + (reden == null || reden.isBlank() ? "" : ". " + reden.strip());
        Bestand bestand = new Bestand(csv.toString().getBytes(StandardCharsets.UTF_8), "ambitie-" + p + "-"
                + per.code() + ".csv", Bestand.Formaat.CSV);
        ImportResultaat resultaat = opslaan
                ? importer.importeer(ImportSoort.AMBITIE, bestand, CijferImport.reden(waarom.length()
                        > CijferImport.MAX_REDEN ? waarom.substring(0, CijferImport.MAX_REDEN) : waarom), door, client)
                : importer.controleer(ImportSoort.AMBITIE, bestand, door);
        if (opslaan && resultaat.importId() != null) {
            jdbc.sql("""
                    insert into ambitie_berekening (import_id, provincie_code, periode, landelijk, peildatum_bevolking,
                        inwoners_nederland, afronding, aantal_gemeenten, ingevoerd_door)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(resultaat.importId(), p, per.code(), aantal, peildatum, totaal, AFRONDING,
                            verdeeld.gemeenten().size(), door.actor())
                    .update();
        }
        List<Aandeel> gemeenten = new ArrayList<>();
        for (nl.woonregie.gebied.Gemeente g : vanProvincie) {
            Long taak = taakstellingen.get(g.code());
            Bevolkingsverdeling.Aandeel deel = verdeeld.gemeenten().get(g.code());
            long ambitie = deel.aantal();
            gemeenten.add(new Aandeel(g.code(), g.naam(), deel.inwoners(), taak, ambitie,
                    taak == null ? null : ambitie - taak));
        }
        return new Berekening(p, per.code(), aantal, AFRONDING, peildatum, totaal, verdeeld.gemeenten().size(), som,
                opslaan && resultaat.importId() != null, resultaat, gemeenten);
    }

    /**
     * The ambitions of a province for a period: every municipality of the province (the indeling of 1 January of the
     * period's year) with its current taakstelling and ambition, and the inputs of the latest computation. 404 for an
     * unknown province, 403 for an account that may not supervise it; 400 naming {@code periode}.
     */
    @Transactional(readOnly = true)
    public Overzicht lees(String provincie, String periode, Gebruiker door) {
        toegang.provincieToezien(door, provincie);
        Periode per = periode == null ? null : Periode.parse(periode.strip().toUpperCase(Locale.ROOT)).orElse(null);
        if (per == null) {
            throw ApiException.invalid("Ongeldige periode.", List.of(new InvalidParam("periode", periode == null
                    || periode.isBlank() ? "verplicht" : "geen periode; gebruik jjjj-I of jjjj-II, bijvoorbeeld 2022-II")));
        }
        List<nl.woonregie.gebied.Gemeente> vanProvincie = gebied.gemeentenVanProvincie(provincie, indeling(per));
        Map<String, GemeenteAmbitie> rijen = new HashMap<>();
        jdbc.sql("""
                select gemeente_code, taakstelling, additionele_opgave, ingevoerd_door, ingevoerd_op, reden, import_id
                from taakstelling where vervangen_op is null and periode = ? and gemeente_code = any(?)""")
                .params(per.code(), vanProvincie.stream().map(nl.woonregie.gebied.Gemeente::code)
                        .toArray(String[]::new))
                .query(rs -> {
                    long taak = rs.getLong(2);
                    long extra = rs.getLong(3);
                    boolean metAmbitie = !rs.wasNull();
                    rijen.put(rs.getString(1), new GemeenteAmbitie(rs.getString(1), null, taak, metAmbitie ? taak + extra
                            : null, metAmbitie ? extra : null, rs.getString(4), rs.getObject(5, OffsetDateTime.class),
                            rs.getString(6), rs.getObject(7, Long.class)));
                });
        List<GemeenteAmbitie> gemeenten = new ArrayList<>();
        for (nl.woonregie.gebied.Gemeente g : vanProvincie) {
            GemeenteAmbitie r = rijen.get(g.code());
            gemeenten.add(r == null ? new GemeenteAmbitie(g.code(), g.naam(), null, null, null, null, null, null, null)
                    : new GemeenteAmbitie(g.code(), g.naam(), r.taakstelling(), r.ambitie(), r.additioneleOpgave(),
                            r.ingevoerdDoor(), r.ingevoerdOp(), r.reden(), r.importId()));
        }
        gemeenten.sort(Comparator.comparing(GemeenteAmbitie::naam));
        long taakstelling = gemeenten.stream().filter(g -> g.ambitie() != null).mapToLong(GemeenteAmbitie::taakstelling)
                .sum();
        long ambitie = gemeenten.stream().filter(g -> g.ambitie() != null).mapToLong(GemeenteAmbitie::ambitie).sum();
        Invoer invoer = jdbc.sql("""
                select landelijk, afronding, peildatum_bevolking, inwoners_nederland, aantal_gemeenten, import_id,
                       ingevoerd_door, ingevoerd_op
                from ambitie_berekening where provincie_code = ? and periode = ? order by id desc limit 1""")
                .params(provincie, per.code())
                .query((rs, n) -> new Invoer(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getLong(4), rs.getInt(5), rs.getLong(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .optional().orElse(null);
        return new Overzicht(provincie, per.code(), taakstelling, ambitie, ambitie - taakstelling, invoer,
                List.copyOf(gemeenten));
    }

    /**
     * The municipalities a period's ambition is spread over: the indeling of 1 January of the period's year, as the
     * taakstelling's distribution (art. 29; the register knows the gemeenten from 2020 on).
     */
    static LocalDate indeling(Periode periode) {
        LocalDate dag = LocalDate.of(periode.jaar(), 1, 1);
        return dag.isBefore(GebiedService.GEMEENTEN_BEKEND_VANAF) ? GebiedService.GEMEENTEN_BEKEND_VANAF : dag;
    }

    /** The national number as typed or sent: a whole number from 1 to the maximum (Dutch thousands allowed). */
    private static Long landelijk(String tekst, List<InvalidParam> fouten) {
        String t = tekst == null ? "" : tekst.strip();
        if (t.isEmpty()) {
            fouten.add(new InvalidParam("landelijk", "verplicht"));
            return null;
        }
        if (t.matches("-\\d{1,10}")) {
            fouten.add(new InvalidParam("landelijk", "moet van 1 tot " + NlFormaat.getal(MAX_LANDELIJK) + " zijn"));
            return null;
        }
        if (!GETAL.matcher(t).matches()) {
            fouten.add(new InvalidParam("landelijk", "geen geheel getal: '" + (t.length() > 20 ? t.substring(0, 20)
                    + "…" : t) + "'"));
            return null;
        }
        long n = Long.parseLong(t.replace(".", ""));
        if (n < 1 || n > MAX_LANDELIJK) {
            fouten.add(new InvalidParam("landelijk", "moet van 1 tot " + NlFormaat.getal(MAX_LANDELIJK) + " zijn"));
            return null;
        }
        return n;
    }

    /**
     * The national number spread over every gemeente of the indeling of 1 January of the period's year, as the
     * taakstelling is ({@link Bevolkingsverdeling}, the module verdeling: art. 29 lid 1 and art. 30, so a gemeente
     * changed by a herindeling counts with the figure Gedeputeerde Staten fixed, or else the sum of its parts). Its
     * invalid fields (a missing population year under {@code periode}) are added to {@code fouten}.
     */
    private Bevolkingsverdeling.Uitkomst verdeel(Periode periode, long aantal, List<InvalidParam> fouten) {
        Bevolkingsverdeling v = verdeling.getIfAvailable();
        if (v == null) {
            fouten.add(new InvalidParam("landelijk", "berekenen uit een landelijk aantal kan hier niet (de module "
                    + "verdeling ontbreekt); importeer de ambitie per gemeente"));
            return null;
        }
        try {
            return v.verdeel(periode, aantal);
        } catch (ApiException e) {
            fouten.addAll(e.invalidParams());
            return null;
        }
    }

    private Map<String, Long> taakstellingen(List<String> gemeenten, Periode periode) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("select gemeente_code, taakstelling from taakstelling where vervangen_op is null and periode = ? "
                + "and gemeente_code = any(?)").params(periode.code(), gemeenten.toArray(String[]::new))
                .query(rs -> {
                    result.put(rs.getString(1), rs.getLong(2));
                });
        return result;
    }
}
