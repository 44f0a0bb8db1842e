package nl.woonregie.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.woonregie.gebied.GebiedService;
import nl.woonregie.gebied.Gemeente;
import nl.woonregie.platform.security.Gebruiker;
import nl.woonregie.platform.security.Rol;
import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.ronde.Ronde;
import nl.woonregie.toezicht.ronde.RondeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --woonregie.demo}: a coherent demo of Zuid-Holland, loaded once into an empty database.
 *
 * <ul>
 *   <li>Taakstellingen 2020-II to 2023-I for every municipality of the indeling of that period, derived from its
 *       share of the province's population of the national numbers in {@link #LANDELIJK} (demo assumptions, see
 *       docs/demo.md); 's-Gravenhage keeps its real taakstellingen and figures of the worked example.</li>
 *   <li>Monthly COA standings, a few leases, beginstanden per 2020-II; Voorne aan Zee starts in 2023-I with the
 *       saldo and the highest step of Brielle, Hellevoetsluis and Westvoorne.</li>
 *   <li>Rounds for every peildatum from 1 October 2020; all vastgesteld except the last, which is left in CONCEPT for
 *       the visitor to finish. Steps 4–6 proposals get a recorded decision in some cases.</li>
 *   <li>Demo accounts (printed at start), created only in demo mode.</li>
 * </ul>
 */
@Component
@Conditional(DemoModus.class)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String PROVINCIE = "PV28";
    static final String DEN_HAAG = "GM0518";
    static final String ACTOR = "demo";

    /** National taakstelling per period (demo assumptions, rounded; 2022-II plus the ambition of 20,000). */
    static final Map<String, long[]> LANDELIJK = new LinkedHashMap<>();

    static {
        LANDELIJK.put("2020-II", new long[] {6_150, 0});
        LANDELIJK.put("2021-I", new long[] {13_050, 0});
        LANDELIJK.put("2021-II", new long[] {10_600, 0});
        LANDELIJK.put("2022-I", new long[] {13_000, 0});
        LANDELIJK.put("2022-II", new long[] {13_500, 6_500});
        LANDELIJK.put("2023-I", new long[] {19_000, 0});
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate tx;
    private final GebiedService gebied;
    private final RondeService rondes;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher gebeurtenissen;
    private final String demoWachtwoord;

    DemoData(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate tx, GebiedService gebied, RondeService rondes,
            PasswordEncoder encoder, ApplicationEventPublisher gebeurtenissen,
            @Value("${WOONREGIE_DEMO_PASSWORD:demo-woonregie-2026}") String demoWachtwoord) {
        this.jdbc = jdbc;
        this.template = template;
        this.tx = tx;
        this.gebied = gebied;
        this.rondes = rondes;
        this.encoder = encoder;
        this.gebeurtenissen = gebeurtenissen;
        this.demoWachtwoord = demoWachtwoord;
    }

    record Account(String gebruikersnaam, Rol rol, String provincie, String gemeente, String omschrijving) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("toezicht-zh", Rol.TOEZICHTHOUDER, PROVINCIE, null, "toezichthouder provincie Zuid-Holland"),
            new Account("toezicht-nh", Rol.TOEZICHTHOUDER, "PV27", null, "toezichthouder provincie Noord-Holland"),
            new Account("gemeente-denhaag", Rol.GEMEENTE, null, DEN_HAAG, "beleidsmedewerker 's-Gravenhage"),
            new Account("gemeente-rotterdam", Rol.GEMEENTE, null, "GM0599", "beleidsmedewerker Rotterdam"),
            new Account("coa", Rol.COA, null, null, "COA, levert de realisatiecijfers"));

    @Override
    public void run(ApplicationArguments args) {
        boolean geladen = jdbc.sql("select count(*) from audit_log where actie = 'DEMO_GELADEN'").query(Long.class)
                .single() > 0;
        if (!geladen) {
            long start = System.nanoTime();
            tx.executeWithoutResult(s -> laad());
            log.info("Demo data for Zuid-Holland loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
        StringBuilder sb = new StringBuilder("\n==========================================================================\n"
                + " Woonregie DEMO — accounts (wachtwoord voor allemaal: " + demoWachtwoord + ")\n");
        ACCOUNTS.forEach(a -> sb.append(String.format("   %-20s %s%n", a.gebruikersnaam(), a.omschrijving())));
        sb.append(" Gebruik deze accounts alleen voor de demo.\n"
                + "==========================================================================\n");
        System.out.println(sb);
    }

    private void laad() {
        String hash = encoder.encode(demoWachtwoord);
        for (Account a : ACCOUNTS) {
            jdbc.sql("""
                    insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol, provincie_code, gemeente_code)
                    values (?, ?, ?, ?, ?) on conflict (gebruikersnaam) do nothing""")
                    .params(a.gebruikersnaam(), hash, a.rol().name(), a.provincie(), a.gemeente()).update();
        }
        Random random = new Random(20201001L);
        Map<String, Long> saldo = new HashMap<>();
        Map<String, Double> prestatie = new HashMap<>();
        List<Object[]> taak = new ArrayList<>();
        List<Object[]> coa = new ArrayList<>();
        List<Object[]> begin = new ArrayList<>();
        Periode eerste = Periode.of("2020-II");
        for (var entry : LANDELIJK.entrySet()) {
            Periode p = Periode.of(entry.getKey());
            LocalDate indeling = p.eersteDag().isBefore(GebiedService.INDELING_BEKEND_VANAF)
                    ? GebiedService.INDELING_BEKEND_VANAF : p.eersteDag();
            List<Gemeente> gemeenten = gebied.gemeentenVanProvincie(PROVINCIE, indeling);
            int jaar = Math.max(2022, p.jaar());
            Map<String, Long> inwoners = new HashMap<>();
            long nederland = 0;
            for (Gemeente g : gebied.gemeentenOp(LocalDate.of(jaar, 1, 1))) {
                long n = gebied.bevolkingOp(g.code(), LocalDate.of(jaar, 1, 1)).map(b -> (long) b.inwoners()).orElse(0L);
                inwoners.put(g.code(), n);
                nederland += n;
            }
            for (Gemeente g : gemeenten) {
                String code = g.code();
                long taakstelling = Math.round((double) entry.getValue()[0] * inwoners.getOrDefault(code, 0L) / nederland);
                long additioneel = Math.round((double) entry.getValue()[1] * inwoners.getOrDefault(code, 0L) / nederland);
                if (code.equals(DEN_HAAG) && DenHaag.TAAKSTELLING.containsKey(p.code())) {
                    taakstelling = DenHaag.TAAKSTELLING.get(p.code());
                }
                if (!saldo.containsKey(code)) {
                    long s = code.equals(DEN_HAAG) ? 2 : random.nextInt(21) - 5;
                    if (p.equals(eerste)) {
                        begin.add(new Object[] {code, p.code(), s, "0"});
                    } else {
                        // a municipality that came into being by a herindeling: the saldi of its predecessors
                        s = saldo.entrySet().stream().filter(e -> opgegaanIn(e.getKey(), code))
                                .mapToLong(Map.Entry::getValue).sum();
                        begin.add(new Object[] {code, p.code(), s, "VOORGANGERS"});
                    }
                    saldo.put(code, s);
                    prestatie.put(code, 0.55 + random.nextDouble() * 0.6);
                }
                taak.add(new Object[] {code, p.code(), taakstelling, entry.getValue()[1] == 0 ? null : additioneel});
                long opgave = taakstelling + saldo.get(code);
                long eind = code.equals(DEN_HAAG) && DenHaag.EINDE.containsKey(p.code()) ? DenHaag.EINDE.get(p.code())
                        : Math.max(0, Math.round(opgave * prestatie.get(code) * (0.85 + random.nextDouble() * 0.3)));
                boolean stapel = random.nextInt(25) == 0;
                long gehuisvest = 0;
                for (int m = 1; m <= 6; m++) {
                    LocalDate datum = p.eersteDag().plusMonths(m).minusDays(1);
                    long doel = Math.round(eind * m / 6.0 * (m == 6 ? 1 : 0.8 + random.nextDouble() * 0.3));
                    gehuisvest = Math.max(gehuisvest, Math.min(doel, eind));
                    if (m == 6) {
                        gehuisvest = eind;
                    }
                    long koppelingen = Math.max(0, Math.round((opgave - gehuisvest) * (0.5 + random.nextDouble() * 0.9)));
                    long omk = random.nextInt(8) == 0 ? 1 + random.nextInt(2) : 0;
                    if (code.equals(DEN_HAAG) && DenHaag.TAAKSTELLING.containsKey(p.code())) {
                        long[] echt = DenHaag.stand(p.code(), m);
                        if (echt == null && m < 4) {
                            continue; // only the real standings where the letters give them
                        }
                        if (echt != null) {
                            gehuisvest = echt[0];
                            koppelingen = echt[1];
                            omk = echt[2];
                        }
                    }
                    coa.add(new Object[] {code, p.code(), datum, gehuisvest, koppelingen, m == 6 ? omk : 0,
                        stapel && m >= 3});
                }
                saldo.put(code, opgave - eind);
            }
        }
        // the predecessors' highest step is only known after the rounds: fill it in when the round is made
        template.batchUpdate("insert into taakstelling (gemeente_code, periode, taakstelling, additionele_opgave, "
                + "ingevoerd_door, reden) values (?, ?, ?, ?, 'demo', 'demo: aandeel in de bevolking')", taak);
        template.batchUpdate("insert into coa_stand (gemeente_code, periode, datum, gehuisvest, koppelingen, "
                + "omkoppelingen, stapelgemeente, ingevoerd_door) values (?, ?, ?, ?, ?, ?, ?, 'demo')", coa);
        List<Object[]> uitgesteld = new ArrayList<>();
        for (Object[] b : begin) {
            if ("VOORGANGERS".equals(b[3])) {
                uitgesteld.add(b);
            } else {
                jdbc.sql("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door) "
                        + "values (?, ?, ?, ?, 'demo')").params(b).update();
            }
        }
        jdbc.sql("insert into huurcontract (gemeente_code, periode, ingangsdatum, aantal_personen, referentie, "
                + "ingediend_door) values ('GM0518', '2020-II', '2020-12-21', 1, 'DH-2020-12-01', 'demo')").update();

        Gebruiker demo = new Gebruiker(0, ACTOR, null, Rol.BEHEERDER, null, null, true, null);
        LocalDate laatste = Periode.of("2023-I").peildatumEindoordeel();
        for (LocalDate peildatum = eerste.peildatumTussentijds(); !peildatum.isAfter(laatste);
                peildatum = peildatum.plusMonths(3)) {
            if (peildatum.equals(LocalDate.of(2023, 4, 1))) {
                for (Object[] b : uitgesteld) {
                    String opvolger = (String) b[0];
                    String trede = jdbc.sql("""
                            select coalesce(max(rg.trede_na), '0') from ronde_gemeente rg
                            join beoordelingsronde o on o.id = rg.ronde_id
                            join gemeente g on g.code = rg.gemeente_code
                            where o.peildatum = '2023-01-01' and g.opgegaan_in = ?""").param(opvolger)
                            .query(String.class).single();
                    jdbc.sql("insert into beginstand (gemeente_code, periode, saldo_in, trede, ingevoerd_door, reden) "
                            + "values (?, ?, ?, ?, 'demo', 'herindeling: saldo en hoogste trede van de voorgangers')")
                            .params(b[0], b[1], b[2], trede).update();
                }
            }
            long id = rondes.maak(PROVINCIE, peildatum, null, demo, "demo");
            Ronde ronde = rondes.lees(id, g -> true);
            if (peildatum.equals(LocalDate.of(2021, 4, 1))) {
                rondes.beslis(id, DEN_HAAG, RondeService.Soort.KOPPELINGEN_OORDEEL, "false",
                        "Volgens de opgave van COA waren de koppelingen per 1 april 2021 onvoldoende.", null, demo,
                        "demo");
            }
            for (Ronde.GemeenteUitkomst g : ronde.gemeenten()) {
                if (g.besluitVereist() && random.nextBoolean()) {
                    rondes.beslis(id, g.gemeente(), RondeService.Soort.BESLUIT,
                            g.beoordeling().voorgesteldeTrede().code(),
                            "Gedeputeerde Staten besluiten tot de volgende stap: de achterstand loopt op en de "
                                    + "afspraken uit het plan van aanpak zijn niet nagekomen.", null, demo, "demo");
                }
            }
            if (peildatum.isBefore(laatste)) {
                try {
                    rondes.vaststellen(id, null, demo, "demo", null);
                } catch (nl.woonregie.platform.web.ApiException e) {
                    throw new IllegalStateException("Demo round " + peildatum + " fails the consistency check: "
                            + e.bevindingen(), e);
                }
            }
        }
        gebeurtenissen.publishEvent(new DemoGeladen(PROVINCIE, taak.size(), coa.size()));
    }

    private boolean opgegaanIn(String code, String opvolger) {
        return gebied.gemeente(code).map(g -> opvolger.equals(g.opgegaanIn())).orElse(false);
    }
}
