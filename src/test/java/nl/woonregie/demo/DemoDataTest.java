package nl.woonregie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import nl.woonregie.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --woonregie.demo}: a living Zuid-Holland, generated, with 's-Gravenhage's real figures up to 1 October 2021
 * (the BrowserTest context's database); its vastgestelde rounds carry their historical date of vaststelling and their
 * letters.
 */
@BrowserTest
class DemoDataTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode get200(String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(httpBasic("toezicht-zh", "demo-woonregie-2026"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        return json.readTree(r.getResponse().getContentAsString());
    }

    /**
     * Issue 19 §9: at start-up the demo sends its round of 1 April 2023 to its fictitious contacts through the outbox
     * (a background job after the load); without a mail server the e-mails wait there, and 's-Gravenhage's account
     * sees that letter in its portal.
     */
    @Test
    void de_demo_verzendt_de_ronde_van_1_april_2023_via_de_uitgaande_post_en_de_gemeente_ziet_haar_brief()
            throws Exception {
        long ronde = jdbc.sql("select id from beoordelingsronde where provincie_code = 'PV28' "
                + "and peildatum = '2023-04-01'").query(Long.class).single();
        java.time.Instant tot = java.time.Instant.now().plusSeconds(180);
        while (jdbc.sql("select count(*) from brief_verzending where ronde_id = ? and gemeente_code = 'GM0518' "
                + "and aangemaakt_door = 'demo'").param(ronde).query(Long.class).single() < 2) {
            assertThat(java.time.Instant.now()).as("wachten op de verzending van de demo").isBefore(tot);
            Thread.sleep(200);
        }
        // every demo college and the wethouder by e-mail, through the outbox (fictitious example.org addresses)
        assertThat(jdbc.sql("""
                select v.gemeente_code || ' ' || v.wijze || ' ' || p.aan from brief_verzending v
                join post_bericht p on p.id = v.post_bericht_id
                where v.ronde_id = ? and v.aangemaakt_door = 'demo' order by 1""").param(ronde).query(String.class)
                .list()).contains("GM0518 ELEKTRONISCH college@den-haag.example.org",
                        "GM0518 ELEKTRONISCH m.deboer@den-haag.example.org",
                        "GM0503 ELEKTRONISCH college@delft.example.org",
                        "GM0546 ELEKTRONISCH college@leiden.example.org");
        MvcResult pagina = mvc.perform(get("/gemeenten/GM0518").with(httpBasic("gemeente-denhaag",
                "demo-woonregie-2026"))).andReturn();
        assertThat(pagina.getResponse().getContentAsString()).contains("/beoordelingsrondes/" + ronde + "/",
                "verzonden op");
    }

    @Test
    void rondes_van_oktober_2020_tot_juli_2023_de_laatste_door_de_demo_nog_niet_vastgesteld() throws Exception {
        // other tests in this context may go on with the demo (finalise 1 July 2023, start later rounds)
        JsonNode rondes = get200("/api/v1/provincies/PV28/beoordelingsrondes").get("beoordelingsrondes");
        java.util.List<String> peildata = new java.util.ArrayList<>();
        rondes.forEach(r -> peildata.add(r.get("peildatum").asString()));
        assertThat(peildata).contains("2020-10-01", "2021-07-01", "2022-10-01", "2023-04-01", "2023-07-01");
        assertThat(jdbc.sql("select count(*) from beoordelingsronde where provincie_code = 'PV28' "
                + "and peildatum between '2020-10-01' and '2023-07-01'").query(Long.class).single()).isEqualTo(12);
        assertThat(jdbc.sql("select count(*) from beoordelingsronde where vastgesteld_door = 'demo'")
                .query(Long.class).single()).isEqualTo(11);
        assertThat(jdbc.sql("select coalesce(vastgesteld_door, '') from beoordelingsronde where provincie_code = 'PV28' "
                + "and peildatum = '2023-07-01'").query(String.class).single()).isNotEqualTo("demo");
    }

    @Test
    void de_vastgestelde_rondes_dragen_hun_historische_datum_en_hun_brieven_met_kenmerken_in_volgorde_van_vaststelling() {
        record Ronde(long id, java.time.LocalDate peildatum, java.time.LocalDate vastgesteld, long metUitkomst,
                long brieven, long eerste, long laatste, long datumAnders) {
        }
        java.util.List<Ronde> rondes = jdbc.sql("""
                select o.id, o.peildatum, (o.vastgesteld_op at time zone 'Europe/Amsterdam')::date,
                    (select count(*) from ronde_gemeente rg where rg.ronde_id = o.id and rg.uitkomst is not null),
                    count(b.id), min(k.volgnummer), max(k.volgnummer),
                    count(b.id) filter (where b.datum <> (o.vastgesteld_op at time zone 'Europe/Amsterdam')::date)
                from beoordelingsronde o
                left join brief b on b.ronde_id = o.id and b.ronde_versie = o.versie
                left join brief_kenmerk k on k.kenmerk = b.kenmerk
                where o.provincie_code = 'PV28' and o.vastgesteld_door = 'demo'
                group by o.id order by o.vastgesteld_op""")
                .query((rs, n) -> new Ronde(rs.getLong(1), rs.getObject(2, java.time.LocalDate.class),
                        rs.getObject(3, java.time.LocalDate.class), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7), rs.getLong(8)))
                .list();
        assertThat(rondes).hasSize(11);
        // the first Tuesday at least six weeks after the peildatum: 1 October 2020 → 17 November 2020
        assertThat(rondes.get(0).peildatum()).isEqualTo(java.time.LocalDate.of(2020, 10, 1));
        assertThat(rondes.get(0).vastgesteld()).isEqualTo(java.time.LocalDate.of(2020, 11, 17));
        assertThat(rondes.get(0).eerste()).isEqualTo(1);
        long vorige = 0;
        for (Ronde r : rondes) {
            assertThat(r.vastgesteld()).as("vaststelling van " + r.peildatum()).isAfter(r.peildatum().plusWeeks(6)
                    .minusDays(1)).isBefore(r.peildatum().plusWeeks(7)).matches(d -> d.getDayOfWeek()
                    == java.time.DayOfWeek.TUESDAY);
            assertThat(r.brieven()).as("brieven van " + r.peildatum()).isEqualTo(r.metUitkomst()).isPositive();
            assertThat(r.datumAnders()).as("brieven van " + r.peildatum() + " met een andere datum").isZero();
            assertThat(r.eerste()).as("kenmerken in volgorde van vaststelling").isEqualTo(vorige + 1);
            assertThat(r.laatste() - r.eerste() + 1).isEqualTo(r.brieven());
            vorige = r.laatste();
        }
        // the example: 's-Gravenhage's letter of 1 April 2023, dated 16 May 2023
        assertThat(jdbc.sql("""
                select b.kenmerk || ' ' || b.datum from brief b join beoordelingsronde o on o.id = b.ronde_id
                where o.peildatum = '2023-04-01' and o.provincie_code = 'PV28' and b.gemeente_code = 'GM0518'
                  and o.vastgesteld_door = 'demo'""").query(String.class).single())
                .matches("PZH-2023-\\d{6} 2023-05-16");
    }

    @Test
    void s_gravenhage_volgt_het_uitgewerkte_voorbeeld() throws Exception {
        JsonNode h = get200("/api/v1/gemeenten/GM0518/toezicht");
        JsonNode oordelen = h.get("oordelen");
        String[][] verwacht = {{"2020-10-01", "0", "1"}, {"2021-01-01", "1", "0"}, {"2021-04-01", "0", "1"},
            {"2021-07-01", "1", "1"}, {"2021-10-01", "1", "2"}};
        for (int i = 0; i < verwacht.length; i++) {
            assertThat(oordelen.get(i).get("peildatum").asString()).isEqualTo(verwacht[i][0]);
            assertThat(oordelen.get(i).get("tredeVoor").asString()).as(verwacht[i][0]).isEqualTo(verwacht[i][1]);
            assertThat(oordelen.get(i).get("tredeNa").asString()).as(verwacht[i][0]).isEqualTo(verwacht[i][2]);
        }
        assertThat(oordelen.get(3).get("uitkomst").get("saldoUit").asLong()).isEqualTo(195);
        assertThat(h.get("perioden").get(0).get("taakstelling").asLong()).isEqualTo(197);
    }

    /**
     * Step 4 in the demo (issue 19 §3): one vooraankondiging of the demo's own (the browser tests that share this
     * database make theirs), from a vastgestelde round in which its municipality is on step 4, decided and not yet
     * published (so on the province's worklist), with that municipality's griffie among the contacts.
     */
    @Test
    void de_demo_heeft_een_besloten_nog_niet_gepubliceerde_vooraankondiging_met_de_griffie_in_de_contacten() {
        List<String> v = jdbc.sql("select gemeente_code || ' ' || status || ' ' || (ronde_id is not null) || ' ' "
                + "|| (gepubliceerd_op is null) from indeplaatsstelling where trede = '4' and aangemaakt_door = 'demo'")
                .query(String.class).list();
        assertThat(v).hasSize(1);
        assertThat(v.get(0)).endsWith(" BESLOTEN true true");
        String gemeente = v.get(0).substring(0, 6);
        // step 3a before it: a plan van aanpak with one action done and two overdue
        assertThat(jdbc.sql("select count(*) from plan_actie a join plan_van_aanpak p on p.id = a.plan_id "
                + "where p.gemeente_code = ? and p.aangemaakt_door = 'demo' and a.status = 'OPEN'").param(gemeente)
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from brief_contact c join brief_contact_versie v on v.contact_id = c.id "
                + "and v.versie = c.versie where c.gemeente_code = ? and v.gegevens ->> 'rol' = 'GRIFFIE'")
                .param(gemeente)
                .query(Long.class).single()).isEqualTo(1);
    }

    /** The real figures of 's-Gravenhage and the generated ones are separate imports whose reason says which. */
    @Test
    void elk_cijfer_zegt_of_het_echt_of_gegenereerd_is() {
        assertThat(reden("taakstelling", "GM0518", "2021-II")).startsWith("echt: ");
        assertThat(reden("taakstelling", "GM0518", "2022-I")).startsWith("demo, gegenereerd: ");
        assertThat(reden("taakstelling", "GM0599", "2021-I")).startsWith("demo, gegenereerd: ");
        assertThat(coaReden("GM0518", "2021-09-30")).startsWith("echt: ");
        assertThat(coaReden("GM0518", "2021-12-31")).startsWith("demo, gegenereerd: ");
        assertThat(coaReden("GM0599", "2020-09-30")).startsWith("demo, gegenereerd: ");
        assertThat(jdbc.sql("select count(*) from coa_stand where reden like 'echt: %'").query(Long.class).single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from taakstelling where reden like 'echt: %'").query(Long.class)
                .single()).isEqualTo(3);
    }

    private String reden(String tabel, String gemeente, String periode) {
        return jdbc.sql("select reden from " + tabel + " where gemeente_code = ? and periode = ? and vervangen_op is null")
                .params(gemeente, periode).query(String.class).single();
    }

    private String coaReden(String gemeente, String datum) {
        return jdbc.sql("select reden from coa_stand where gemeente_code = ? and datum = cast(? as date) "
                + "and vervangen_op is null").params(gemeente, datum).query(String.class).single();
    }

    @Test
    void taakstellingen_voor_alle_gemeenten_en_voorne_aan_zee_na_de_herindeling() {
        assertThat(jdbc.sql("select count(distinct gemeente_code) from taakstelling where periode = '2022-II'")
                .query(Long.class).single()).isEqualTo(52);
        assertThat(jdbc.sql("select count(distinct gemeente_code) from taakstelling where periode = '2023-I'")
                .query(Long.class).single()).isEqualTo(50);
        assertThat(jdbc.sql("select periode from beginstand where gemeente_code = 'GM1992' and vervangen_op is null")
                .query(String.class).single()).isEqualTo("2023-I");
        assertThat(jdbc.sql("select sum(additionele_opgave) from taakstelling where periode = '2022-II'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void demo_accounts_bestaan_alleen_in_demomodus() {
        assertThat(jdbc.sql("select count(*) from gebruiker where gebruikersnaam in "
                + "('toezicht-zh', 'gemeente-denhaag', 'coa')").query(Long.class).single()).isEqualTo(3);
    }
}
