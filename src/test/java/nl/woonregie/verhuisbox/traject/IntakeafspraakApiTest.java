package nl.woonregie.verhuisbox.traject;

import static nl.woonregie.support.Api.namen;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;
import nl.woonregie.platform.post.internal.Sjablonen;
import nl.woonregie.support.IntegratieTest;
import nl.woonregie.support.MetMailserver;
import nl.woonregie.support.TestKlok;
import nl.woonregie.verhuisbox.Testteam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Intake appointments (issue 20 §3; checklist intakegesprek, inventory §5.2 steps 2–4): planning one sends the client's
 * confirmation (with the documents to bring) and informs the aanmelder, through the outbox to a real SMTP server
 * ({@link MetMailserver}), each with its sending state; moving it sends both again as "gewijzigd"; after its time the
 * outcome is recorded, a no-show counted and a new appointment possible; the task "Intakegesprek plannen …" stays until
 * the case leaves Intake and the outcome's task closes with the outcome; every invalid field named; golden copies of
 * the e-mails.
 */
@IntegratieTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeafspraakApiTest extends MetMailserver {

    static final String A = Testteam.A;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestKlok klok;

    @Autowired
    Sjablonen sjablonen;

    @Autowired
    Intakeafspraken intakeafspraken;

    @BeforeEach
    void leeg() throws Exception {
        SERVER.purgeEmailFromAllMailboxes();
    }

    /** A case admitted to the intake (assigned to the team's casemanager), the client with this e-mail address. */
    static long inIntake(Testteam t, String naam, String email) {
        String melding = Testteam.melding(naam, 1).replace("client@example.org", email);
        long id = t.api.als(t.aanmelder).post(A + "/meldingen", melding).json(201).path("id").asLong();
        t.overgang(t.icp, id, "ICP_TOETS", "", 200);
        t.api.als(t.icp).post(A + "/casussen/" + id + "/toets", Testteam.toets("VOLDAAN")).status(200);
        t.api.als(t.coordinator).put(A + "/casussen/" + id + "/toewijzing", "{\"casemanager\":\"" + t.casemanager
                + "\",\"administratief\":\"" + t.administratief + "\"}").status(200);
        t.overgang(t.coordinator, id, "INTAKE", "", 200);
        return id;
    }

    static String afspraak(LocalDate datum, String tijd, String plaats, String aanmelder, Integer versie) {
        return "{\"datum\":\"" + datum + "\",\"tijd\":\"" + tijd + "\",\"plaats\":\"" + plaats
                + "\",\"notitie\":\"Tolk Arabisch geregeld\"" + (aanmelder == null ? "" : ",\"aanmelderEmail\":\""
                        + aanmelder + "\"") + (versie == null ? "" : ",\"versie\":" + versie) + "}";
    }

    static void wacht(String wat, Supplier<Boolean> klaar) throws InterruptedException {
        Instant tot = Instant.now().plusSeconds(120);
        while (!klaar.get()) {
            assertThat(Instant.now()).as("wachten op " + wat).isBefore(tot);
            Thread.sleep(100);
        }
    }

    List<MimeMessage> ontvangen(String adres) {
        List<MimeMessage> l = new ArrayList<>();
        for (MimeMessage m : SERVER.getReceivedMessages()) {
            try {
                if (m.getAllRecipients()[0].toString().equals(adres)) {
                    l.add(m);
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return l;
    }

    static String tekst(jakarta.mail.Part p) throws Exception {
        if (p.isMimeType("text/plain")) {
            return (String) p.getContent();
        }
        if (p.getContent() instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = tekst(mp.getBodyPart(i));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    List<String> openTaken(long id) {
        return jdbc.sql("select soort from vhb_taak where casus_id = ? and afgerond_op is null order by soort")
                .param(id).query(String.class).list();
    }

    @Test
    void plannen_verplaatsen_en_niet_verschijnen_met_de_e_mails_de_taken_en_de_telling() throws Exception {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        long id = inIntake(t, "Afspraak Cliënt", "client.afspraak@example.org");
        String client = "client.afspraak@example.org";
        String aanmelder = "aanmelder." + id + "@ldh.example.org";
        LocalDate morgen = LocalDate.now(Intakeafspraken.ZONE).plusDays(1);
        String pad = A + "/casussen/" + id + "/intakeafspraken";

        // planning: both e-mails in the outbox, the outcome's task made; "Intakegesprek plannen" stays (issue 20 §7 b)
        JsonNode r = t.api.als(t.casemanager).post(pad, afspraak(morgen, "10:30", "spreekbox HAS", aanmelder, null))
                .json(201);
        JsonNode a = r.path("afspraken").get(0);
        assertThat(a.path("plaats").asString()).isEqualTo("spreekbox HAS");
        assertThat(a.path("tijd").asString()).isEqualTo("10:30");
        assertThat(a.path("versie").asInt()).isEqualTo(1);
        assertThat(a.path("berichten")).hasSize(2);
        assertThat(openTaken(id)).contains("INTAKE", "INTAKE_UITKOMST");
        assertThat(jdbc.sql("select deadline from vhb_taak where casus_id = ? and soort = 'INTAKE_UITKOMST' and "
                + "afgerond_op is null").param(id).query(LocalDate.class).single()).isEqualTo(morgen);
        assertThat(jdbc.sql("select omschrijving from audit_log where actie = 'VHB_INTAKEAFSPRAAK' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).startsWith("Intakeafspraak gepland op ")
                .endsWith("om 10:30 (spreekbox HAS); 2 e-mails in de uitgaande post");

        wacht("de bevestiging aan de cliënt", () -> !ontvangen(client).isEmpty());
        MimeMessage m = ontvangen(client).get(0);
        assertThat(m.getSubject()).isEqualTo("Uw afspraak voor het intakegesprek van Verhuisbox Plus");
        assertThat(tekst(m)).contains("Beste Afspraak Cliënt,", "Tijd: 10:30 uur", "Plaats: spreekbox HAS",
                "met de kinderen die met u meeverhuizen erop", "inkomensverklaring (IB60)", "VHB-" + id)
                .doesNotContain("Tolk");
        wacht("het bericht aan de aanmelder", () -> !ontvangen(aanmelder).isEmpty());
        assertThat(ontvangen(aanmelder).get(0).getSubject()).isEqualTo("Intakegesprek gepland (VHB-" + id + ")");
        wacht("de verzendstatus", () -> {
            JsonNode b = t.api.als(t.casemanager).get(pad).json().path("afspraken").get(0).path("berichten");
            return b.get(0).path("verzendstatus").asString().equals("VERZONDEN")
                    && b.get(1).path("verzendstatus").asString().equals("VERZONDEN");
        });

        // a second appointment while one is open: 409
        assertThat(namen(t.api.als(t.casemanager).post(pad, afspraak(morgen, "11:00", "stadhuis", null, null))
                .probleem(409))).containsExactly("afspraak");

        // moving it: both again as "gewijzigd"; the version guards it
        long afspraakId = a.path("id").asLong();
        SERVER.purgeEmailFromAllMailboxes();
        JsonNode v = t.api.als(t.coordinator).put(pad + "/" + afspraakId, afspraak(morgen.plusDays(1), "09:15",
                "spreekbox HAS", aanmelder, 1)).json(200).path("afspraken").get(0);
        assertThat(v.path("versie").asInt()).isEqualTo(2);
        assertThat(v.path("berichten")).hasSize(4);
        assertThat(v.path("berichten").get(2).path("gewijzigd").asBoolean()).isTrue();
        wacht("de gewijzigde bevestiging", () -> !ontvangen(client).isEmpty());
        assertThat(ontvangen(client).get(0).getSubject())
                .isEqualTo("Gewijzigd: uw afspraak voor het intakegesprek van Verhuisbox Plus");
        assertThat(tekst(ontvangen(client).get(0))).contains("is gewijzigd", "Tijd: 09:15 uur");
        assertThat(namen(t.api.als(t.casemanager).put(pad + "/" + afspraakId, afspraak(morgen, "10:00", "HAS",
                null, 1)).probleem(409))).containsExactly("versie");
        assertThat(jdbc.sql("select deadline from vhb_taak where casus_id = ? and soort = 'INTAKE_UITKOMST' and "
                + "afgerond_op is null").param(id).query(LocalDate.class).single()).isEqualTo(morgen.plusDays(1));

        // the outcome only after its time
        assertThat(namen(t.api.als(t.casemanager).post(pad + "/" + afspraakId + "/uitkomst",
                "{\"uitkomst\":\"NIET_VERSCHENEN\",\"versie\":2}").probleem(409))).containsExactly("uitkomst");
        try {
            klok.zet(morgen.plusDays(1).atTime(LocalTime.of(9, 20)).atZone(Intakeafspraken.ZONE).toInstant());
            JsonNode n = t.api.als(t.casemanager).post(pad + "/" + afspraakId + "/uitkomst",
                    "{\"uitkomst\":\"NIET_VERSCHENEN\",\"versie\":2}").json(200);
            assertThat(n.path("nietVerschenen").asInt()).isEqualTo(1);
            assertThat(n.path("afspraken").get(0).path("uitkomstLabel").asString()).isEqualTo("Niet verschenen");
            assertThat(openTaken(id)).contains("INTAKE").doesNotContain("INTAKE_UITKOMST");
            // a no-show allows a new appointment; once the client came, no further one
            LocalDate later = morgen.plusDays(3);
            long tweede = t.api.als(t.casemanager).post(pad, afspraak(later, "14:00", "stadhuis Spui", null, null))
                    .json(201).path("afspraken").get(1).path("id").asLong();
            klok.zet(later.atTime(LocalTime.of(15, 0)).atZone(Intakeafspraken.ZONE).toInstant());
            t.api.als(t.casemanager).post(pad + "/" + tweede + "/uitkomst", "{\"uitkomst\":\"VERSCHENEN\","
                    + "\"versie\":1}").json(200);
            assertThat(namen(t.api.als(t.casemanager).post(pad, afspraak(later.plusDays(1), "10:00", "HAS", null,
                    null)).probleem(409))).containsExactly("afspraak");
            assertThat(namen(t.api.als(t.casemanager).post(pad + "/" + tweede + "/uitkomst",
                    "{\"uitkomst\":\"VERSCHENEN\",\"versie\":2}").probleem(409))).containsExactly("afspraak");
        } finally {
            klok.herstel();
        }
        assertThat(openTaken(id)).contains("INTAKE").doesNotContain("INTAKE_UITKOMST");
        assertThat(jdbc.sql("select omschrijving from audit_log where actie = 'VHB_INTAKEAFSPRAAK_UITKOMST' and "
                + "object_id = ? order by id").param(String.valueOf(id)).query(String.class).list())
                .hasSize(2).last().asString().endsWith(": verschenen");
        // whoever reads the case sees the appointments; only the casemanager and the coordinator change them
        assertThat(t.api.als(t.administratief).get(pad).json().path("afspraken")).hasSize(2);
        t.api.als(t.administratief).post(pad, afspraak(morgen, "10:00", "HAS", null, null)).probleem(403);
        t.api.als(t.consulent).post(pad, afspraak(morgen, "10:00", "HAS", null, null)).probleem(403);
    }

    /**
     * The confirmation of the agreements after the intake (the team's example e-mail, inventory §5.3): not before the
     * client came; then a preview generated from the case — the day of the talk, the search region, the maatwerk
     * approved for the registrations, the documents still needed, reacting every working day, gift outside and loan
     * inside the municipality by the team's rules with the furnishing amount — sent as previewed through the outbox,
     * with its sending state and audit.
     */
    @Test
    void na_het_intakegesprek_gaat_de_bevestiging_van_de_afspraken_naar_de_client() throws Exception {
        Testteam t = new Testteam(mvc, jdbc);
        LocalDate morgen = LocalDate.now(Intakeafspraken.ZONE).plusDays(1);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        t.geldjaar(morgen.getYear(), "100000.00");
        String client = "client.bevestiging." + t.naam.hashCode() + "@example.org";
        long id = inIntake(t, "Bevestiging Cliënt", client);
        t.api.als(t.casemanager).put(A + "/casussen/" + id + "/intake", "{\"variant\":\"INTENSIEF\",\"zoekregios\":"
                + "[{\"regio\":\"Parkstad Limburg\",\"zeerKansrijk\":true},{\"regio\":\"Drenthe\"}]}").status(200);
        long v = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/verstrekkingen", "{\"soort\":\"INSCHRIJVING\","
                + "\"bedrag\":250.00,\"waardendriehoek\":\"Snel inschrijven weegt op tegen het kleine bedrag\"}")
                .json(201).path("id").asLong();
        t.api.als(t.consulent).post(A + "/verstrekkingen/" + v + "/goedkeuring", "{}").status(200);
        String pad = A + "/casussen/" + id + "/intakebevestiging";

        // before the talk: no preview, sending refused naming the intake
        JsonNode voor = t.api.als(t.casemanager).get(pad).json();
        assertThat(voor.path("voorbeeld").isNull()).isTrue();
        assertThat(voor.path("nietMogelijk").asString()).contains("verschenen");
        assertThat(namen(t.api.als(t.casemanager).post(pad, "").probleem(409))).containsExactly("intake");

        long afspraak = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/intakeafspraken",
                afspraak(morgen, "10:30", "spreekbox HAS", null, null)).json(201).path("afspraken").get(0).path("id")
                .asLong();
        try {
            klok.zet(morgen.atTime(LocalTime.of(11, 30)).atZone(Intakeafspraken.ZONE).toInstant());
            t.api.als(t.casemanager).post(A + "/casussen/" + id + "/intakeafspraken/" + afspraak + "/uitkomst",
                    "{\"uitkomst\":\"VERSCHENEN\",\"versie\":1}").json(200);
            JsonNode vb = t.api.als(t.casemanager).get(pad).json().path("voorbeeld");
            assertThat(vb.path("aan").asString()).isEqualTo(client);
            assertThat(vb.path("onderwerp").asString()).startsWith("Bevestiging van de afspraken uit het "
                    + "intakegesprek van ");
            assertThat(vb.path("tekst").asString()).contains("Beste Bevestiging Cliënt,",
                    "woonnetverdeelsystemen in Parkstad Limburg en Drenthe.", "maken wij € 250,00 aan u over",
                    "- Inkomensverklaring (IB60), beide partners", "elke werkdag namens u op woningen",
                    "buiten de gemeente " + t.naam + ", dan betaalt de gemeente als gift: ",
                    "inrichtingskosten (woninginrichting) (€ 1.750,00)", "dan is dit een lening: ");
            // sent as previewed
            JsonNode na = t.api.als(t.casemanager).post(pad, "").json(201);
            assertThat(na.path("verzonden")).hasSize(1);
            assertThat(na.path("verzonden").get(0).path("tekst").asString()).isEqualTo(vb.path("tekst").asString());
        } finally {
            klok.herstel();
        }
        wacht("de bevestiging", () -> ontvangen(client).size() == 2);
        MimeMessage bevestiging = null;
        for (MimeMessage m : ontvangen(client)) {
            if (m.getSubject().startsWith("Bevestiging van de afspraken")) {
                bevestiging = m;
            }
        }
        assertThat(bevestiging).isNotNull();
        assertThat(tekst(bevestiging)).contains("Parkstad Limburg", "€ 250,00");
        wacht("de verzendstatus", () -> t.api.als(t.administratief).get(pad).json().path("verzonden").get(0)
                .path("verzendstatus").asString().equals("VERZONDEN"));
        assertThat(jdbc.sql("select omschrijving from audit_log where actie = 'VHB_INTAKEBEVESTIGING' and "
                + "object_id = ?").param(String.valueOf(id)).query(String.class).single())
                .startsWith("Afspraken uit het intakegesprek van ").endsWith("bevestigd aan de cliënt; e-mail in de "
                        + "uitgaande post");
        t.api.als(t.administratief).post(pad, "").probleem(403);
    }

    int herinneringen(long afspraak) {
        return jdbc.sql("select count(*) from vhb_intakebericht where afspraak_id = ? and soort = 'HERINNERING'")
                .param(afspraak).query(Integer.class).single();
    }

    /**
     * The reminder (the daily job's work): on the working day before the appointment — a Friday for a Monday — once,
     * however often the job runs; a moved appointment is reminded of its new day.
     */
    @Test
    void de_herinnering_gaat_de_werkdag_ervoor_en_nooit_twee_keer() throws Exception {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        String client = "client.herinnering." + t.naam.hashCode() + "@example.org";
        long id = inIntake(t, "Herinnering Cliënt", client);
        LocalDate woensdag = LocalDate.now(Intakeafspraken.ZONE).with(java.time.temporal.TemporalAdjusters.next(
                java.time.DayOfWeek.WEDNESDAY));
        LocalDate vrijdag = woensdag.plusDays(2);
        LocalDate maandag = woensdag.plusDays(5);
        String pad = A + "/casussen/" + id + "/intakeafspraken";
        try {
            klok.zet(woensdag.atTime(LocalTime.of(7, 0)).atZone(Intakeafspraken.ZONE).toInstant());
            long afspraak = t.api.als(t.casemanager).post(pad, afspraak(maandag, "10:00", "spreekbox HAS", null,
                    null)).json(201).path("afspraken").get(0).path("id").asLong();
            intakeafspraken.herinner(woensdag);
            intakeafspraken.herinner(woensdag.plusDays(1));
            assertThat(herinneringen(afspraak)).as("nog niet: maandag is niet de volgende werkdag").isZero();
            intakeafspraken.herinner(vrijdag);
            intakeafspraken.herinner(vrijdag);
            assertThat(herinneringen(afspraak)).as("vrijdag, eenmaal").isEqualTo(1);
            wacht("de herinnering", () -> ontvangen(client).stream().anyMatch(m -> {
                try {
                    return m.getSubject().equals("Herinnering: op " + nl.woonregie.platform.web.Weergave.dag(maandag)
                            + " uw intakegesprek van Verhuisbox Plus");
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }));
            // moved to Tuesday: reminded of the new day on Monday, once
            t.api.als(t.casemanager).put(pad + "/" + afspraak, afspraak(maandag.plusDays(1), "10:00", "spreekbox HAS",
                    null, 1)).json(200);
            intakeafspraken.herinner(maandag);
            intakeafspraken.herinner(maandag);
            assertThat(herinneringen(afspraak)).isEqualTo(2);
            assertThat(t.api.als(t.casemanager).get(pad).json().path("afspraken").get(0).path("berichten").toString())
                    .contains("\"herinnering\":true");
        } finally {
            klok.herstel();
        }
        assertThat(jdbc.sql("select count(*) from audit_log where actie = 'VHB_INTAKEAFSPRAAK_HERINNERING' and "
                + "object_id = ?").param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void buiten_de_intake_geen_afspraak_en_een_planning_zonder_adressen_verstuurt_niets() {
        Testteam t = new Testteam(mvc, jdbc);
        t.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
        long wachtend = t.meld("Afspraak Te Vroeg");
        LocalDate morgen = LocalDate.now(Intakeafspraken.ZONE).plusDays(1);
        assertThat(namen(t.api.als(t.coordinator).post(A + "/casussen/" + wachtend + "/intakeafspraken",
                afspraak(morgen, "10:00", "HAS", null, null)).probleem(409))).containsExactly("status");

        long id = inIntake(t, "Afspraak Zonder Adres", "client.zonder@example.org");
        jdbc.sql("update vhb_casus set email = null where id = ?").param(id).update();
        JsonNode r = t.api.als(t.casemanager).post(A + "/casussen/" + id + "/intakeafspraken",
                afspraak(morgen, "10:00", "HAS", null, null)).json(201);
        assertThat(r.path("afspraken").get(0).path("berichten")).isEmpty();
        assertThat(jdbc.sql("select omschrijving from audit_log where actie = 'VHB_INTAKEAFSPRAAK' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).single()).endsWith("geen e-mail (geen adres)");
    }

    Testteam ongeldigTeam;
    long ongeldig;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            leeg                  | {}                                                                                           | datum tijd plaats
            alles ongeldig        | {"datum":"-1","tijd":"25:99","plaats":" ","notitie":"LANGER","aanmelderEmail":"geen adres"} | datum tijd plaats notitie aanmelderEmail
            te lange plaats       | {"datum":"+1","tijd":"10:00","plaats":"LANG"}                                                | plaats
            tijd in het verleden  | {"datum":"0","tijd":"00:00","plaats":"HAS"}                                                  | tijd
            te ver vooruit        | {"datum":"+400","tijd":"10:00","plaats":"HAS"}                                               | datum
            """)
    void een_ongeldige_afspraak_noemt_elk_ongeldig_veld_en_verstuurt_niets(String geval, String json, String velden) {
        if (ongeldigTeam == null) {
            ongeldigTeam = new Testteam(mvc, jdbc);
            ongeldigTeam.capaciteit(LocalDate.now().getYear(), "HUISHOUDEN", 50);
            ongeldig = inIntake(ongeldigTeam, "Afspraak Ongeldig", "client.ongeldig@example.org");
        }
        LocalDate vandaag = LocalDate.now(Intakeafspraken.ZONE);
        String body = json.replace("\"LANG\"", "\"" + "x".repeat(201) + "\"")
                .replace("\"LANGER\"", "\"" + "x".repeat(2001) + "\"")
                .replace("\"-1\"", "\"" + vandaag.minusDays(1) + "\"")
                .replace("\"+1\"", "\"" + vandaag.plusDays(1) + "\"")
                .replace("\"+400\"", "\"" + vandaag.plusDays(400) + "\"")
                .replace("\"0\"", "\"" + vandaag + "\"");
        assertThat(namen(ongeldigTeam.api.als(ongeldigTeam.casemanager).post(A + "/casussen/" + ongeldig
                + "/intakeafspraken", body).probleem(400))).as(geval).containsExactlyInAnyOrder(velden.split(" "));
        assertThat(jdbc.sql("select count(*) from vhb_intakeafspraak where casus_id = ?").param(ongeldig)
                .query(Integer.class).single()).isZero();
    }

    /**
     * The golden copies of the e-mails (templates/post/verhuisbox-intakeafspraak[-aanmelder]) for a fixed case:
     * the client's confirmation of a planned appointment (a household with children) and the aanmelder's message
     * about a moved one. Record anew with {@code -Dgouden.bijwerken=true}.
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource({"verhuisbox-intakeafspraak, verhuisbox-intakeafspraak-gepland.txt, false",
            "verhuisbox-intakeafspraak-aanmelder, verhuisbox-intakeafspraak-aanmelder-gewijzigd.txt, true"})
    void de_tekst_van_de_e_mails_voor_een_vast_geval(String sjabloon, String bestand, boolean gewijzigd)
            throws Exception {
        var gegevens = Intakeafspraken.gegevens("Fatima El Amrani (fictief)", 1234, true, LocalDate.of(2026, 12, 8),
                LocalTime.of(10, 30), "spreekbox HAS", gewijzigd, "casemanager.jansen", "Den Haag");
        Sjablonen.Inhoud inhoud = sjablonen.maak(sjabloon, gegevens);
        Path gouden = Path.of("src", "test", "resources", "post", bestand);
        if (Boolean.getBoolean("gouden.bijwerken")) {
            Files.writeString(gouden, inhoud.tekst(), StandardCharsets.UTF_8);
        }
        assertThat(inhoud.tekst()).isEqualTo(Files.readString(gouden, StandardCharsets.UTF_8));
        String html = inhoud.html().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
        assertThat(html).contains("Fatima El Amrani (fictief)", "dinsdag 8 december 2026", "10:30 uur",
                "spreekbox HAS", "VHB-1234", "Den Haag");
        assertThat(Intakeafspraken.onderwerpAanmelder(gewijzigd, 1234)).isEqualTo(gewijzigd
                ? "Intakegesprek gewijzigd (VHB-1234)" : "Intakegesprek gepland (VHB-1234)");
    }
}
