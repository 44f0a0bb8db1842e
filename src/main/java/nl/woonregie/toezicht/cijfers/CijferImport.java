package nl.woonregie.toezicht.cijfers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.audit.Actor;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.platform.security.Toegang;
import nl.woonregie.platform.web.ApiException;
import nl.woonregie.platform.web.InvalidParam;
import nl.woonregie.platform.web.Weergave;
import nl.woonregie.platform.importbestand.Bestand;
import nl.woonregie.platform.importbestand.Cellen;
import nl.woonregie.platform.importbestand.Fouten;
import nl.woonregie.platform.importbestand.Kolom;
import nl.woonregie.platform.importbestand.Tabel;
import nl.woonregie.platform.importbestand.TabelLezer;
import nl.woonregie.toezicht.regels.Periode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a file of figures, all or nothing, in one transaction: every row is validated first (all errors are
 * listed, nothing is stored when there is one); then each figure is compared with its current value. Equal values
 * are skipped; a changed value replaces the current row (which keeps its values and gets {@code vervangen_op}) by a
 * new row with who, when and the import. Imports of one kind are serialised (an advisory lock), so two concurrent
 * uploads cannot both create a "current" row.
 */
@Service
public class CijferImport {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CijferImport.class);

    /** The largest count accepted in a file (a guard against typos such as 4104000). */
    static final int MAX_AANTAL = 1_000_000;
    static final Set<String> TREDEN = Set.of("0", "1", "2", "3", "3a", "3b", "4", "5", "6");
    /** The changed rows listed with old and new values in the audit entry of an import. */
    static final int AUDIT_WIJZIGINGEN = 100;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final GebiedService gebied;
    private final Toegang toegang;
    private final ApplicationEventPublisher gebeurtenissen;
    private final MeterRegistry registry;

    CijferImport(JdbcClient jdbc, JdbcTemplate jdbcTemplate, GebiedService gebied, Toegang toegang, ApplicationEventPublisher gebeurtenissen,
            MeterRegistry registry) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.gebied = gebied;
        this.toegang = toegang;
        this.gebeurtenissen = gebeurtenissen;
        this.registry = registry;
    }

    /** A validated row: the municipality, the values of the key columns and of the value columns (by db column). */
    record Cijfer(int regel, String gemeente, Map<String, Object> sleutel, Map<String, Object> waarden) {

        String id() {
            return gemeente + "|" + sleutel.values().stream().map(String::valueOf).collect(Collectors.joining("|"));
        }
    }

    record Huidig(long id, Map<String, Object> waarden) {
    }

    /** The longest reason stored with an import. */
    static final int MAX_REDEN = 2000;

    /**
     * The kinds of figures this account may import: taakstellingen, beginstanden and ambitions for BEHEERDER and
     * TOEZICHTHOUDER
     * (of which municipalities is checked per row), COA standings for COA and BEHEERDER (nationwide) and for
     * TOEZICHTHOUDER (the municipalities of its own province, issue 19 §6).
     */
    public List<ImportSoort> soorten(Gebruiker g) {
        List<ImportSoort> soorten = new java.util.ArrayList<>();
        if (g.heeft(Rol.BEHEERDER, Rol.TOEZICHTHOUDER)) {
            soorten.add(ImportSoort.TAAKSTELLING);
            soorten.add(ImportSoort.BEGINSTAND);
            soorten.add(ImportSoort.AMBITIE);
        }
        if (g.heeft(Rol.BEHEERDER, Rol.COA, Rol.TOEZICHTHOUDER)) {
            soorten.add(ImportSoort.COA_STAND);
        }
        return List.copyOf(soorten);
    }

    /** As {@link #soorten}; 403 when this account may import nothing (for the import page). */
    public List<ImportSoort> vereisSoorten(Gebruiker g) {
        List<ImportSoort> soorten = soorten(g);
        if (soorten.isEmpty()) {
            Toegang.rol(g); // none of no roles: the 403 of every refusal
        }
        return soorten;
    }

    /** 403 unless this account may import this kind. Translators call it before they read the upload. */
    public void vereisImporteren(ImportSoort soort, Gebruiker g) {
        if (soort == ImportSoort.COA_STAND) {
            Toegang.rol(g, Rol.COA, Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
        } else {
            Toegang.rol(g, Rol.BEHEERDER, Rol.TOEZICHTHOUDER);
        }
    }

    /** The reason stored with the new versions (optional, at most {@value #MAX_REDEN} characters). */
    public static List<InvalidParam> controleerReden(String reden) {
        return reden != null && !reden.isBlank() && reden.length() > MAX_REDEN
                ? List.of(new InvalidParam("reden", "hoogstens " + MAX_REDEN + " tekens")) : List.of();
    }

    /** The reason as stored: stripped, null when empty; 400 naming {@code reden} when it is too long. */
    public static String reden(String reden) {
        List<InvalidParam> fouten = controleerReden(reden);
        if (!fouten.isEmpty()) {
            throw ApiException.invalid("De reden is te lang.", fouten);
        }
        return reden == null || reden.isBlank() ? null : reden.strip();
    }

    /**
     * Checks a file as {@link #importeer} would, and says what it would store (new, changed, unchanged), without
     * storing anything: the "check before you confirm" step of the import page and {@code ?controleer=true}.
     */
    @Transactional(readOnly = true)
    public ImportResultaat controleer(ImportSoort soort, Bestand bestand, Gebruiker door) {
        return controleer(soort, bestand, null, door);
    }

    /** As {@link #controleer(ImportSoort, Bestand, Gebruiker)}, the file read through a saved column coupling. */
    @Transactional(readOnly = true)
    public ImportResultaat controleer(ImportSoort soort, Bestand bestand, Kolomindelingen.Kolomindeling indeling,
            Gebruiker door) {
        vereisImporteren(soort, door);
        Fouten fouten = new Fouten();
        Tabel tabel = lees(soort, bestand, indeling, fouten);
        List<Cijfer> cijfers = valideer(soort, tabel, door, new Cellen(fouten), indeling != null);
        fouten.gooiAlsNietLeeg();
        Map<String, Huidig> huidig = huidig(soort, cijfers);
        alsTaakstellingsversie(soort, cijfers, huidig);
        int nieuw = 0;
        int gewijzigd = 0;
        for (Cijfer c : cijfers) {
            Huidig h = huidig.get(c.id());
            if (h == null) {
                nieuw++;
            } else if (!Objects.equals(h.waarden(), aangevuld(soort, c, h).waarden())) {
                gewijzigd++;
            }
        }
        return new ImportResultaat(null, soort.name(), cijfers.size(), nieuw, gewijzigd,
                cijfers.size() - nieuw - gewijzigd, bestand.sha256());
    }

    /** An optional column that is absent from the file keeps its current value. */
    private static Cijfer aangevuld(ImportSoort soort, Cijfer c, Huidig h) {
        for (ImportSoort.DbKolom k : soort.waarden) {
            if (!c.waarden().containsKey(k.naam())) {
                c.waarden().put(k.naam(), h == null ? null : h.waarden().get(k.naam()));
            }
        }
        return c;
    }

    /**
     * Imports a CSV text (UTF-8, {@code ;} or {@code ,}) exactly as an uploaded file named {@code bestandsnaam}: the
     * same checks, all or nothing, versioned and audited. For callers that produce figures themselves (the demo).
     */
    @Transactional
    public ImportResultaat importeerCsv(ImportSoort soort, String csv, String bestandsnaam, String reden,
            Gebruiker door, String client) {
        return importeer(soort, new Bestand(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), bestandsnaam,
                Bestand.Formaat.CSV), reden, door, client);
    }

    /**
     * Imports a file: the account may import this kind (403), the reason is at most {@value #MAX_REDEN} characters
     * (400), then every row is checked (400 naming each row and column) and the figures stored, all or nothing.
     */
    @Transactional
    public ImportResultaat importeer(ImportSoort soort, Bestand bestand, String reden, Gebruiker door, String client) {
        return importeer(soort, bestand, null, reden, door, client);
    }

    /** As {@link #importeer(ImportSoort, Bestand, String, Gebruiker, String)}, read through a column coupling. */
    @Transactional
    public ImportResultaat importeer(ImportSoort soort, Bestand bestand, Kolomindelingen.Kolomindeling indeling,
            String reden, Gebruiker door, String client) {
        Timer.Sample start = Timer.start();
        String uitkomst = "geweigerd";
        try {
            ImportResultaat resultaat = verwerk(soort, bestand, indeling, reden, door, client);
            uitkomst = resultaat.importId() == null ? "ongewijzigd" : "opgeslagen";
            return resultaat;
        } finally {
            start.stop(Timer.builder("woonregie.toezicht.import").description("Imports van cijfers, per soort en uitkomst")
                    .tag("soort", soort.name()).tag("uitkomst", uitkomst).register(registry));
        }
    }

    private ImportResultaat verwerk(ImportSoort soort, Bestand bestand, Kolomindelingen.Kolomindeling indeling,
            String reden, Gebruiker door, String client) {
        vereisImporteren(soort, door);
        reden = reden(reden);
        long start = System.nanoTime();
        Fouten fouten = new Fouten();
        Tabel tabel = lees(soort, bestand, indeling, fouten);
        long gelezen = System.nanoTime();
        List<Cijfer> cijfers = valideer(soort, tabel, door, new Cellen(fouten), indeling != null);
        long gevalideerd = System.nanoTime();
        fouten.gooiAlsNietLeeg();

        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("woonregie.cijfer_import." + soort.tabel)
                .query().listOfRows();
        Map<String, Huidig> huidig = huidig(soort, cijfers);
        alsTaakstellingsversie(soort, cijfers, huidig);
        List<Cijfer> nieuw = new ArrayList<>();
        List<Cijfer> gewijzigd = new ArrayList<>();
        int ongewijzigd = 0;
        for (Cijfer c : cijfers) {
            Huidig h = huidig.get(c.id());
            aangevuld(soort, c, h);
            if (h == null) {
                nieuw.add(c);
            } else if (!Objects.equals(h.waarden(), c.waarden())) {
                gewijzigd.add(c);
            } else {
                ongewijzigd++;
            }
        }
        String sha256 = bestand.sha256();
        if (nieuw.isEmpty() && gewijzigd.isEmpty()) {
            log(soort, cijfers.size(), 0, 0, ongewijzigd, start, gelezen, gevalideerd);
            return new ImportResultaat(null, soort.name(), cijfers.size(), 0, 0, ongewijzigd, sha256);
        }
        long importId = jdbc.sql("""
                insert into cijfer_import (soort, bestandsnaam, sha256, aantal_regels, aantal_nieuw, aantal_gewijzigd,
                    aantal_ongewijzigd, ingevoerd_door, kolomindeling_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(soort.name(), bestand.naam(), sha256, cijfers.size(), nieuw.size(), gewijzigd.size(),
                        ongewijzigd, door.actor(), indeling == null ? null : indeling.id())
                .query(Long.class).single();
        if (!gewijzigd.isEmpty()) {
            Long[] ids = gewijzigd.stream().map(c -> huidig.get(c.id()).id()).toArray(Long[]::new);
            jdbc.sql("update " + soort.tabel + " set vervangen_op = now() where id = any(?)").param(ids).update();
        }
        List<Cijfer> teSchrijven = new ArrayList<>(nieuw);
        teSchrijven.addAll(gewijzigd);
        schrijf(soort, teSchrijven, reden, importId, door);
        auditeer(soort, bestand, sha256, reden, importId, cijfers.size(), nieuw.size(), gewijzigd, ongewijzigd,
                huidig, indeling, door, client);
        log(soort, cijfers.size(), nieuw.size(), gewijzigd.size(), ongewijzigd, start, gelezen, gevalideerd);
        return new ImportResultaat(importId, soort.name(), cijfers.size(), nieuw.size(), gewijzigd.size(),
                ongewijzigd, sha256);
    }

    private static void log(ImportSoort soort, int regels, int nieuw, int gewijzigd, int ongewijzigd, long start,
            long gelezen, long gevalideerd) {
        long nu = System.nanoTime();
        LOG.info("Import {}: {} regels ({} nieuw, {} gewijzigd, {} ongewijzigd); lezen {} ms, controleren {} ms, "
                + "vergelijken en opslaan {} ms", soort, regels, nieuw, gewijzigd, ongewijzigd,
                (gelezen - start) / 1_000_000, (gevalideerd - gelezen) / 1_000_000, (nu - gevalideerd) / 1_000_000);
    }

    // ---------------------------------------------------------------------------------------------------------
    // validation

    /**
     * The file as a table of the import's columns: under its own column names, or through a saved coupling. With a
     * coupling, a COA standing's period may come from its date (the coupling has no period column).
     */
    private static Tabel lees(ImportSoort soort, Bestand bestand, Kolomindelingen.Kolomindeling indeling,
            Fouten fouten) {
        if (indeling == null) {
            return TabelLezer.lees(bestand, soort.kolommen, fouten);
        }
        List<Kolom> kolommen = soort.kolommen.stream().map(k -> soort == ImportSoort.COA_STAND
                && k.naam().equals("periode") ? Kolom.optioneel("periode") : k).toList();
        return TabelLezer.lees(bestand, kolommen, indeling.koppeling(), fouten);
    }

    private List<Cijfer> valideer(ImportSoort soort, Tabel tabel, Gebruiker door, Cellen cellen, boolean opNaam) {
        Map<String, Optional<Gemeente>> gemeenten = new HashMap<>();
        Map<LocalDate, Map<String, Gemeente>> namen = new HashMap<>();
        Map<String, Integer> gezien = new HashMap<>();
        List<Cijfer> cijfers = new ArrayList<>(tabel.rijen().size());
        boolean periodeUitDatum = soort == ImportSoort.COA_STAND && !tabel.heeft("periode");
        for (Tabel.Rij rij : tabel.rijen()) {
            int foutenVoor = cellen.fouten().aantal();
            Map<String, Object> sleutel = new LinkedHashMap<>();
            Map<String, Object> waarden = new LinkedHashMap<>();
            LocalDate coaDatum = periodeUitDatum ? cellen.datum(rij, "datum") : null;
            Periode periode = !periodeUitDatum ? periode(rij, cellen)
                    : coaDatum == null ? null : Periode.van(coaDatum);
            if (opNaam) {
                rij = metGemeentecode(rij, periode, coaDatum, namen);
            }
            Gemeente gemeente = gemeente(rij, periode, soort, door, gemeenten, cellen, opNaam);
            switch (soort) {
                case TAAKSTELLING -> {
                    sleutel.put("periode", periode == null ? null : periode.code());
                    waarden.put("taakstelling", cellen.geheel(rij, "taakstelling", 0, MAX_AANTAL));
                    if (tabel.heeft("additioneleOpgave")) {
                        waarden.put("additionele_opgave", cellen.geheelOfLeeg(rij, "additioneleOpgave", 0, MAX_AANTAL));
                    }
                }
                case AMBITIE -> {
                    sleutel.put("periode", periode == null ? null : periode.code());
                    waarden.put(AMBITIE_VELD, cellen.geheel(rij, "ambitie", 0, MAX_AANTAL));
                }
                case BEGINSTAND -> {
                    waarden.put("periode", periode == null ? null : periode.code());
                    waarden.put("saldo_in", cellen.geheel(rij, "saldoIn", -MAX_AANTAL, MAX_AANTAL));
                    waarden.put("trede", trede(rij, cellen));
                }
                case COA_STAND -> {
                    LocalDate datum = periodeUitDatum ? coaDatum : cellen.datum(rij, "datum");
                    if (datum != null && periode != null
                            && (datum.isBefore(periode.eersteDag()) || datum.isAfter(periode.laatsteDag()))) {
                        cellen.fouten().regel(rij.regel(), "datum", Weergave.dag(datum) + " ligt niet in periode "
                                + periode + " (" + Weergave.dag(periode.eersteDag()) + " t/m "
                                + Weergave.dag(periode.laatsteDag()) + ")");
                    }
                    sleutel.put("periode", periode == null ? null : periode.code());
                    sleutel.put("datum", datum);
                    waarden.put("gehuisvest", cellen.geheel(rij, "gehuisvest", 0, MAX_AANTAL));
                    waarden.put("koppelingen", cellen.geheel(rij, "koppelingen", 0, MAX_AANTAL));
                    waarden.put("omkoppelingen", cellen.geheel(rij, "omkoppelingen", 0, MAX_AANTAL));
                    waarden.put("stapelgemeente", cellen.janee(rij, "stapelgemeente"));
                }
            }
            if (cellen.fouten().aantal() > foutenVoor || gemeente == null) {
                continue;
            }
            Cijfer c = new Cijfer(rij.regel(), gemeente.code(), sleutel, waarden);
            Integer eerder = gezien.putIfAbsent(c.id(), rij.regel());
            if (eerder != null) {
                cellen.fouten().regel(rij.regel(), "dubbel: " + omschrijfSleutel(soort, eerder));
                continue;
            }
            cijfers.add(c);
        }
        return cijfers;
    }

    private static String omschrijfSleutel(ImportSoort soort, int eerder) {
        return switch (soort) {
            case TAAKSTELLING, AMBITIE -> "zelfde gemeente en periode als regel " + eerder;
            case BEGINSTAND -> "zelfde gemeente als regel " + eerder + " (één beginstand per gemeente)";
            case COA_STAND -> "zelfde gemeente, periode en datum als regel " + eerder;
        };
    }

    private static Periode periode(Tabel.Rij rij, Cellen cellen) {
        String waarde = rij.get("periode");
        if (waarde.isEmpty()) {
            cellen.fouten().regel(rij.regel(), "periode", "is leeg");
            return null;
        }
        Optional<Periode> p = Periode.parse(waarde.toUpperCase(java.util.Locale.ROOT));
        if (p.isEmpty()) {
            cellen.fouten().regel(rij.regel(), "periode", Cellen.citaat(waarde)
                    + " is geen periode; gebruik jjjj-I of jjjj-II, bijvoorbeeld 2022-II");
            return null;
        }
        return p.get();
    }

    private static String trede(Tabel.Rij rij, Cellen cellen) {
        String waarde = rij.get("trede").toLowerCase(java.util.Locale.ROOT);
        if (waarde.isEmpty()) {
            cellen.fouten().regel(rij.regel(), "trede", "is leeg");
            return null;
        }
        if (!TREDEN.contains(waarde)) {
            cellen.fouten().regel(rij.regel(), "trede", Cellen.citaat(waarde)
                    + " is geen trede; kies uit 0, 1, 2, 3, 3a, 3b, 4, 5, 6");
            return null;
        }
        return waarde.equals("3") ? "3a" : waarde;
    }

    private Gemeente gemeente(Tabel.Rij rij, Periode periode, ImportSoort soort, Gebruiker door,
            Map<String, Optional<Gemeente>> cache, Cellen cellen, boolean opNaam) {
        String code = rij.get("gemeente").toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty()) {
            cellen.fouten().regel(rij.regel(), "gemeente", "is leeg");
            return null;
        }
        Optional<Gemeente> gevonden = cache.computeIfAbsent(code, gebied::gemeente);
        if (gevonden.isEmpty()) {
            cellen.fouten().regel(rij.regel(), "gemeente", opNaam && !GEMEENTECODE.matcher(code).matches()
                    ? Cellen.citaat(rij.get("gemeente")) + " is geen gemeentecode (CBS-code zoals GM0518) en geen naam "
                            + "van een gemeente" + (periode == null ? "" : " in periode " + periode)
                    : Cellen.citaat(code) + " is geen bekende gemeentecode (CBS-code zoals GM0518)");
            return null;
        }
        Gemeente g = gevonden.get();
        boolean landelijk = soort == ImportSoort.COA_STAND && door.heeft(Rol.COA, Rol.BEHEERDER);
        if (!landelijk && !toegang.magToezichtCijfersInvoeren(door, g.provincie().code())) {
            cellen.fouten().regel(rij.regel(), "gemeente", code + " (" + g.naam() + ") hoort niet bij uw provincie"
                    + (door.provincies(Rol.TOEZICHTHOUDER).isEmpty() ? ""
                            : " (" + String.join(", ", door.provincies(Rol.TOEZICHTHOUDER)) + ")"));
            return null;
        }
        if (periode != null && !bestondIn(g, periode)) {
            cellen.fouten().regel(rij.regel(), "gemeente", code + " (" + g.naam() + ") bestond niet in periode "
                    + periode + (g.geldigTot() != null ? " (opgegaan in " + g.opgegaanIn() + " per "
                    + Weergave.dag(g.geldigTot()) + ")" : " (bestaat sinds " + Weergave.dag(g.geldigVanaf()) + ")"));
            return null;
        }
        return g;
    }

    private static final java.util.regex.Pattern GEMEENTECODE = java.util.regex.Pattern.compile("(?i)GM\\d{4}");

    /**
     * A foreign file may name a municipality instead of giving its CBS code: the row with the code of the
     * municipality of that name (case-insensitive, "Gemeente " before it allowed) that existed on the row's date
     * (a COA standing's date, else the period's last day). A name no municipality had then stays as it is, and is
     * named as an unknown code.
     */
    private Tabel.Rij metGemeentecode(Tabel.Rij rij, Periode periode, LocalDate datum,
            Map<LocalDate, Map<String, Gemeente>> namen) {
        String waarde = rij.get("gemeente");
        LocalDate op = datum != null ? datum : periode != null ? periode.laatsteDag() : null;
        if (waarde.isEmpty() || GEMEENTECODE.matcher(waarde).matches() || op == null) {
            return rij;
        }
        Map<String, Gemeente> opNaam = namen.computeIfAbsent(op, d -> {
            Map<String, Gemeente> m = new HashMap<>();
            gebied.gemeentenOp(d).forEach(g -> m.put(g.naam().toLowerCase(java.util.Locale.ROOT), g));
            return m;
        });
        String naam = waarde.toLowerCase(java.util.Locale.ROOT).replaceFirst("^gemeente\\s+", "").strip();
        Gemeente g = opNaam.get(naam);
        if (g == null) {
            return rij;
        }
        Map<String, String> waarden = new LinkedHashMap<>(rij.waarden());
        waarden.put("gemeente", g.code());
        return new Tabel.Rij(rij.regel(), waarden);
    }

    /** Did the municipality exist on at least one day of the period? */
    static boolean bestondIn(Gemeente g, Periode p) {
        return (g.geldigVanaf() == null || !g.geldigVanaf().isAfter(p.laatsteDag()))
                && (g.geldigTot() == null || g.geldigTot().isAfter(p.eersteDag()));
    }

    /** The key under which a row of an ambition import carries its ambition until it becomes a taakstelling row. */
    private static final String AMBITIE_VELD = "ambitie";

    /**
     * An ambition is stored as a new version of the municipality's current taakstelling row: the same taakstelling,
     * and the ambition above it as {@code additionele_opgave}. Done after the current rows are read under the
     * import's lock, so a taakstelling imported at the same time cannot slip between; a row without a taakstelling,
     * or with an ambition below it, is an error of its line (400 with every such line, nothing stored).
     */
    private static void alsTaakstellingsversie(ImportSoort soort, List<Cijfer> cijfers, Map<String, Huidig> huidig) {
        if (soort != ImportSoort.AMBITIE) {
            return;
        }
        Fouten fouten = new Fouten();
        for (Cijfer c : cijfers) {
            int ambitie = (Integer) c.waarden().remove(AMBITIE_VELD);
            Huidig h = huidig.get(c.id());
            Object periode = c.sleutel().get("periode");
            if (h == null || h.waarden().get("taakstelling") == null) {
                fouten.regel(c.regel(), AMBITIE_VELD, c.gemeente() + " heeft geen taakstelling voor " + periode
                        + "; een ambitie staat naast de taakstelling: importeer eerst die");
                continue;
            }
            int taakstelling = (Integer) h.waarden().get("taakstelling");
            if (ambitie < taakstelling) {
                fouten.regel(c.regel(), AMBITIE_VELD, ambitie + " ligt onder de taakstelling van " + c.gemeente()
                        + " voor " + periode + " (" + taakstelling + "); een ambitie gaat boven de taakstelling uit");
                continue;
            }
            c.waarden().put("taakstelling", taakstelling);
            c.waarden().put("additionele_opgave", ambitie - taakstelling);
        }
        fouten.gooiAlsNietLeeg();
    }

    // ---------------------------------------------------------------------------------------------------------
    // storage

    private Map<String, Huidig> huidig(ImportSoort soort, List<Cijfer> cijfers) {
        Map<String, Huidig> result = new HashMap<>();
        if (cijfers.isEmpty()) {
            return result;
        }
        String[] gemeenten = cijfers.stream().map(Cijfer::gemeente).distinct().toArray(String[]::new);
        List<ImportSoort.DbKolom> kolommen = new ArrayList<>(soort.sleutel);
        kolommen.addAll(soort.waarden);
        String sql = "select id, gemeente_code, " + kolommen.stream().map(ImportSoort.DbKolom::naam)
                .collect(Collectors.joining(", ")) + " from " + soort.tabel
                + " where vervangen_op is null and gemeente_code = any(?)";
        var statement = soort.heeftPeriodeInSleutel()
                ? jdbc.sql(sql + " and periode = any(?)").params(gemeenten, cijfers.stream()
                        .map(c -> (String) c.sleutel().get("periode")).distinct().toArray(String[]::new))
                : jdbc.sql(sql).param(gemeenten);
        statement.query(rs -> {
            Map<String, Object> sleutel = new LinkedHashMap<>();
            for (ImportSoort.DbKolom k : soort.sleutel) {
                sleutel.put(k.naam(), lees(rs, k));
            }
            Map<String, Object> waarden = new LinkedHashMap<>();
            for (ImportSoort.DbKolom k : soort.waarden) {
                waarden.put(k.naam(), lees(rs, k));
            }
            Cijfer c = new Cijfer(0, rs.getString("gemeente_code"), sleutel, waarden);
            result.put(c.id(), new Huidig(rs.getLong("id"), waarden));
        });
        return result;
    }

    private static Object lees(ResultSet rs, ImportSoort.DbKolom k) throws SQLException {
        Object waarde = rs.getObject(k.naam(), k.type());
        return rs.wasNull() ? null : waarde;
    }

    private void schrijf(ImportSoort soort, List<Cijfer> cijfers, String reden, long importId, Gebruiker door) {
        List<String> kolommen = new ArrayList<>();
        kolommen.add("gemeente_code");
        soort.sleutel.forEach(k -> kolommen.add(k.naam()));
        soort.waarden.forEach(k -> kolommen.add(k.naam()));
        kolommen.addAll(List.of("reden", "import_id", "ingevoerd_door"));
        String sql = "insert into " + soort.tabel + " (" + String.join(", ", kolommen) + ") values ("
                + kolommen.stream().map(k -> "?").collect(Collectors.joining(", ")) + ")";
        List<Object[]> rijen = new ArrayList<>(cijfers.size());
        for (Cijfer c : cijfers) {
            List<Object> rij = new ArrayList<>(kolommen.size());
            rij.add(c.gemeente());
            soort.sleutel.forEach(k -> rij.add(c.sleutel().get(k.naam())));
            soort.waarden.forEach(k -> rij.add(c.waarden().get(k.naam())));
            rij.add(reden);
            rij.add(importId);
            rij.add(door.actor());
            rijen.add(rij.toArray());
        }
        int[] typen = new int[kolommen.size()];
        int i = 0;
        typen[i++] = java.sql.Types.VARCHAR;
        for (ImportSoort.DbKolom k : soort.sleutel) {
            typen[i++] = sqlType(k);
        }
        for (ImportSoort.DbKolom k : soort.waarden) {
            typen[i++] = sqlType(k);
        }
        typen[i++] = java.sql.Types.VARCHAR;
        typen[i++] = java.sql.Types.BIGINT;
        typen[i] = java.sql.Types.VARCHAR;
        jdbcTemplate.batchUpdate(sql, rijen, typen);
    }

    private static int sqlType(ImportSoort.DbKolom k) {
        if (k.type() == Integer.class) {
            return java.sql.Types.INTEGER;
        }
        if (k.type() == Boolean.class) {
            return java.sql.Types.BOOLEAN;
        }
        if (k.type() == LocalDate.class) {
            return java.sql.Types.DATE;
        }
        return java.sql.Types.VARCHAR;
    }

    private void auditeer(ImportSoort soort, Bestand bestand, String sha256, String reden, long importId,
            int aantalRegels, int nieuw, List<Cijfer> gewijzigd, int ongewijzigd, Map<String, Huidig> huidig,
            Kolomindelingen.Kolomindeling indeling, Gebruiker door, String client) {
        Map<String, Object> samenvatting = new LinkedHashMap<>();
        samenvatting.put("soort", soort.name());
        samenvatting.put("bestandsnaam", bestand.naam());
        if (indeling != null) {
            samenvatting.put("kolomindeling", indeling.id() + " (versie " + indeling.versie() + ")");
        }
        samenvatting.put("sha256", sha256);
        samenvatting.put("aantalRegels", aantalRegels);
        samenvatting.put("nieuw", nieuw);
        samenvatting.put("gewijzigd", gewijzigd.size());
        samenvatting.put("ongewijzigd", ongewijzigd);
        samenvatting.put("reden", reden);
        Map<String, Object> oud = null;
        if (!gewijzigd.isEmpty()) {
            List<Map<String, Object>> oudeWaarden = new ArrayList<>();
            List<Map<String, Object>> nieuweWaarden = new ArrayList<>();
            for (Cijfer c : gewijzigd.subList(0, Math.min(AUDIT_WIJZIGINGEN, gewijzigd.size()))) {
                oudeWaarden.add(auditRij(soort, c, huidig.get(c.id()).waarden()));
                nieuweWaarden.add(auditRij(soort, c, c.waarden()));
            }
            int weggelaten = gewijzigd.size() - oudeWaarden.size();
            oud = new LinkedHashMap<>();
            oud.put("wijzigingen", oudeWaarden);
            samenvatting.put("wijzigingen", nieuweWaarden);
            if (weggelaten > 0) {
                oud.put("nietVermeld", weggelaten);
                samenvatting.put("nietVermeld", weggelaten);
            }
        }
        gebeurtenissen.publishEvent(new CijferGebeurtenis.Geimporteerd(importId, soort, samenvatting, oud,
                new Actor(door.actor(), client)));
    }

    private static Map<String, Object> auditRij(ImportSoort soort, Cijfer c, Map<String, Object> waarden) {
        Map<String, Object> rij = new LinkedHashMap<>();
        rij.put("gemeente", c.gemeente());
        soort.sleutel.forEach(k -> rij.put(k.veld(), tekst(c.sleutel().get(k.naam()))));
        soort.waarden.forEach(k -> rij.put(k.veld(), tekst(waarden.get(k.naam()))));
        if (soort == ImportSoort.AMBITIE && waarden.get("taakstelling") instanceof Integer t) {
            rij.put(AMBITIE_VELD, t + (waarden.get("additionele_opgave") instanceof Integer a ? a : 0));
        }
        return rij;
    }

    private static Object tekst(Object waarde) {
        return waarde instanceof LocalDate d ? d.toString() : waarde;
    }
}
