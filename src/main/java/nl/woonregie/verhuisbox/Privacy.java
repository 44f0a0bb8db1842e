package nl.woonregie.verhuisbox;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.woonregie.platform.audit.AuditLog;
import nl.woonregie.platform.security.Gebruiker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The AVG side of Verhuisbox: closed cases are kept for a configurable term
 * ({@code woonregie.verhuisbox.bewaartermijn-maanden}, default 24) after their last status change and then
 * anonymised — personal data and free text overwritten, the figures (category, variant, outcome, destination,
 * household size, dates) kept for the reports; nothing is deleted. And a person's data can be exported for an AVG
 * request, including who read the case (verwerkingenlogging); never the vault's credentials.
 */
@Service
public class Privacy {

    static final String GEANONIMISEERD = "[geanonimiseerd]";
    private static final Logger log = LoggerFactory.getLogger(Privacy.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Beschikkingen beschikkingen;
    private final int bewaartermijnMaanden;

    Privacy(JdbcClient jdbc, AuditLog audit, Beschikkingen beschikkingen,
            @Value("${woonregie.verhuisbox.bewaartermijn-maanden:24}") int bewaartermijnMaanden) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.beschikkingen = beschikkingen;
        this.bewaartermijnMaanden = bewaartermijnMaanden;
    }

    public int bewaartermijnMaanden() {
        return bewaartermijnMaanden;
    }

    /**
     * The closed (or refused) cases of a team (null: all teams) whose last status change lies more than the term
     * before {@code vandaag}, not yet anonymised.
     */
    public List<Long> teAnonimiseren(LocalDate vandaag, Long team) {
        LocalDate grens = vandaag.minusMonths(bewaartermijnMaanden);
        return jdbc.sql("""
                select c.id from vhb_casus c
                where c.status in ('AFGESLOTEN', 'GEWEIGERD') and c.geanonimiseerd_op is null
                  and (cast(:team as bigint) is null or c.team_id = :team)
                  and (select max(s.tijdstip) from vhb_statuswijziging s where s.casus_id = c.id)
                      < cast(:grens as timestamptz)
                order by c.id""").param("team", team)
                .param("grens", grens.atStartOfDay(ZoneId.of("Europe/Amsterdam")).toOffsetDateTime())
                .query(Long.class).list();
    }

    /** Anonymises the cases of the team (null: all) whose term has passed; one transaction; returns how many. */
    @Transactional
    public int anonimiseer(LocalDate vandaag, Long team, Gebruiker door, String client) {
        List<Long> ids = teAnonimiseren(vandaag, team);
        if (ids.isEmpty()) {
            return 0;
        }
        Long[] a = ids.toArray(Long[]::new);
        jdbc.sql("select set_config('woonregie.anonimiseren', 'aan', true)").query().listOfRows();
        jdbc.sql("""
                update vhb_casus set naam = ?, geboortedatum = make_date(extract(year from geboortedatum)::int, 1, 1),
                    bsn = null, telefoon = null, email = null, inkomen = ?, slaapplek = ?, reden = ?, urgentie = null,
                    weigerbrief = null, geanonimiseerd_op = now(), gewijzigd_op = now()
                where id = any(?)""").params(GEANONIMISEERD, GEANONIMISEERD, GEANONIMISEERD, GEANONIMISEERD, a)
                .update();
        jdbc.sql("update vhb_statuswijziging set reden = ? where casus_id = any(?)").params(GEANONIMISEERD, a).update();
        jdbc.sql("update vhb_toetsing set notitie = null where casus_id = any(?) and notitie is not null").param(a)
                .update();
        jdbc.sql("update vhb_checkitem set notitie = null where casus_id = any(?) and notitie is not null").param(a)
                .update();
        jdbc.sql("update vhb_inschrijving set nummer = null, kluis_nonce = null, kluis_geheim = null "
                + "where casus_id = any(?)").param(a).update();
        jdbc.sql("update vhb_reactie set woning = ? where casus_id = any(?)").params(GEANONIMISEERD, a).update();
        jdbc.sql("update vhb_aanbod set adres = ?, toelichting = null where casus_id = any(?)")
                .params(GEANONIMISEERD, a).update();
        jdbc.sql("update vhb_belemmering set casus_id = null where casus_id = any(?)").param(a).update();
        jdbc.sql("update vhb_nazorg set inkomen = case when inkomen is null then null else ? end, problemen = null, "
                + "vervolg = null where casus_id = any(?)").params(GEANONIMISEERD, a).update();
        jdbc.sql("update vhb_enquete set toelichting = null where casus_id = any(?)").param(a).update();
        jdbc.sql("update vhb_enquetelink set ingetrokken_op = now() where casus_id = any(?) and gebruikt_op is null "
                + "and ingetrokken_op is null").param(a).update();
        // grants: amounts, vorm, pot, dates and kenmerk stay (accountability); name, address and free text go, and
        // the stored beschikking is made again from the anonymised grant (same kenmerk)
        jdbc.sql("""
                update vhb_verstrekking set ontvanger = case when ontvanger is null then null else ? end, adres = null,
                    toelichting = case when toelichting is null then null else ? end,
                    waardendriehoek = case when waardendriehoek is null then null else ? end,
                    afwijzingsreden = case when afwijzingsreden is null then null else ? end
                where casus_id = any(?)""").params(GEANONIMISEERD, GEANONIMISEERD, GEANONIMISEERD, GEANONIMISEERD, a)
                .update();
        for (Long v : jdbc.sql("select b.verstrekking_id from vhb_beschikking b join vhb_verstrekking v "
                + "on v.id = b.verstrekking_id where v.casus_id = any(?)").param(a).query(Long.class).list()) {
            beschikkingen.vervangNaAnonimiseren(v);
        }
        audit.record(door.actor(), "VHB_GEANONIMISEERD", "vhb_casus", null, null,
                Map.of("casussen", ids, "bewaartermijnMaanden", bewaartermijnMaanden), client);
        log.info("Verhuisbox: {} afgesloten casussen geanonimiseerd (bewaartermijn {} maanden)", ids.size(),
                bewaartermijnMaanden);
        return ids.size();
    }

    /**
     * Everything Woonregie holds about the client of a case, for an AVG request (inzage): the case, its history,
     * checks, tasks, checklists, registrations (whether credentials are stored, never the credentials), reactions,
     * offers, and every read of the case (who, when, why).
     */
    public Map<String, Object> avgExport(long casus) {
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("casus", rijen("""
                select id, status, categorie, variant, naam, geboortedatum, bsn, telefoon, email, volwassenen, kinderen,
                       inkomen, slaapplek, reden, voorkeursregios, urgentie, documenten, toestemming_op, compleet_op,
                       zoekregios::text as zoekregios, uitkomst, stopreden, bestemming, bestemming_code, gehuisvest_op,
                       uitkering_beeindigd, uitkering_beeindigd_op, aangemaakt_op, geanonimiseerd_op
                from vhb_casus where id = ?""", casus));
        export.put("statuswijzigingen", rijen("select van, naar, reden, actor, tijdstip from vhb_statuswijziging "
                + "where casus_id = ? order by id", casus));
        export.put("toetsing", rijen("select jaar, code, uitkomst, notitie, actor, tijdstip from vhb_toetsing "
                + "where casus_id = ? order by id", casus));
        export.put("taken", rijen("select soort, omschrijving, rol, deadline, aangemaakt_op, afgerond_op from vhb_taak "
                + "where casus_id = ? order by id", casus));
        export.put("checklists", rijen("select lijst, code, omschrijving, stand, notitie from vhb_checkitem "
                + "where casus_id = ? order by lijst, volgorde", casus));
        export.put("inschrijvingen", rijen("""
                select w.naam as website, i.datum, i.nummer, i.kosten, i.verlengdatum,
                       (i.kluis_geheim is not null) as inloggegevensBewaard
                from vhb_inschrijving i join vhb_website w on w.id = i.website_id where i.casus_id = ? order by i.id""",
                casus));
        export.put("reacties", rijen("select datum, woning, soort, resultaat, positie from vhb_reactie "
                + "where casus_id = ? order by id", casus));
        export.put("aanbiedingen", rijen("select gemeente, corporatie, adres, huur, bezichtiging, deadline, besluit, "
                + "toelichting from vhb_aanbod where casus_id = ? order by id", casus));
        export.put("nazorg", rijen("select maanden, verhuisdatum, deadline, vastgelegd_op, vastgelegd_door, "
                + "woont_er_nog, inkomen, maatschappelijk_werk, problemen, vervolg from vhb_nazorg where casus_id = ? "
                + "order by maanden", casus));
        export.put("enquete", rijen("select jaar, proces, steun, tevredenheid, vertrouwen, perspectief, overzicht, "
                + "toelichting, ingevuld_door, vastgelegd_door, vastgelegd_op from vhb_enquete where casus_id = ?",
                casus));
        export.put("verstrekkingen", rijen("select kenmerk, soort, omschrijving, vorm, bedrag, status, gemeente, "
                + "toelichting, voorgesteld_op, beoordeeld_op, afwijzingsreden, betaald_op from vhb_verstrekking "
                + "where casus_id = ? order by id", casus));
        export.put("verwerkingen", rijen("select tijdstip, actor, rol, doel, handeling from vhb_verwerking "
                + "where casus_id = ? order by id", casus));
        return export;
    }

    private List<Map<String, Object>> rijen(String sql, long casus) {
        return jdbc.sql(sql).param(casus).query().listOfRows().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            r.forEach((k, v) -> m.put(k, v instanceof java.sql.Array arr ? lijst(arr) : v));
            return m;
        }).toList();
    }

    private static Object lijst(java.sql.Array arr) {
        try {
            return List.of((Object[]) arr.getArray());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
