package nl.woonregie.verhuisbox.traject.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import nl.woonregie.verhuisbox.HistorischeImport.Casus;
import nl.woonregie.verhuisbox.HistorischeImport.Statusstap;
import nl.woonregie.verhuisbox.HistorischeImport.Toetsing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bulk SQL of an import of historical cases: a few large statements per batch (arrays unnested in SQL, in blocks
 * of {@value #BLOK} rows) into traject's tables.
 */
@Repository
public class ImportRepository {

    static final int BLOK = 20_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** {@code aantal} new case numbers, in order. */
    public List<Long> nieuweNummers(int aantal) {
        return jdbc.sql("select nextval(pg_get_serial_sequence('vhb_casus', 'id')) from generate_series(1, ?)")
                .param(aantal).query(Long.class).list();
    }

    public void casussen(long team, List<Long> ids, List<Casus> casussen) {
        for (int van = 0; van < ids.size(); van += BLOK) {
            int tot = Math.min(ids.size(), van + BLOK);
            List<Casus> c = casussen.subList(van, tot);
            jdbc.sql("""
                    insert into vhb_casus (id, team_id, aanmelder_id, aanmelder_organisatie, casemanager_id,
                        administratief_id, status, categorie, variant, naam, geboortedatum, volwassenen, kinderen,
                        inkomen, slaapplek, reden, voorkeursregios, toestemming_op, compleet_op, criteria_jaar,
                        uitkomst, stopreden, bestemming, bestemming_code, gehuisvest_op, uitkering_beeindigd,
                        uitkering_beeindigd_op, aangemaakt_op, gewijzigd_op)
                    overriding system value
                    select x.id, ?, x.aanmelder, x.organisatie, x.cm, x.adm, x.status, x.categorie, x.variant, x.naam,
                        x.geboren, x.volwassenen, x.kinderen, x.inkomen, x.slaapplek, x.reden,
                        array(select jsonb_array_elements_text(cast(x.regios as jsonb))), x.toestemming, x.compleet,
                        x.criteriajaar, x.uitkomst, x.stopreden, x.bestemming, x.code, x.gehuisvest, x.beeindigd,
                        x.beeindigdop, x.aangemaakt, x.aangemaakt
                    from unnest(cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as bigint[]),
                        cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                        cast(? as text[]), cast(? as date[]), cast(? as int[]), cast(? as int[]), cast(? as text[]),
                        cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as date[]), cast(? as date[]),
                        cast(? as int[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                        cast(? as date[]), cast(? as boolean[]), cast(? as date[]), cast(? as timestamptz[]))
                        as x (id, aanmelder, organisatie, cm, adm, status, categorie, variant, naam, geboren,
                              volwassenen, kinderen, inkomen, slaapplek, reden, regios, toestemming, compleet,
                              criteriajaar, uitkomst, stopreden, bestemming, code, gehuisvest, beeindigd, beeindigdop,
                              aangemaakt)""")
                    .params(team, ids.subList(van, tot).toArray(Long[]::new),
                            kolom(c, Casus::aanmelder, Long[]::new), kolom(c, Casus::organisatie, String[]::new),
                            kolom(c, Casus::casemanager, Long[]::new), kolom(c, Casus::administratief, Long[]::new),
                            kolom(c, x -> x.status().name(), String[]::new),
                            kolom(c, x -> x.categorie().name(), String[]::new),
                            kolom(c, x -> x.variant() == null ? null : x.variant().name(), String[]::new),
                            kolom(c, Casus::naam, String[]::new), kolom(c, Casus::geboortedatum, String[]::new),
                            kolom(c, Casus::volwassenen, Integer[]::new), kolom(c, Casus::kinderen, Integer[]::new),
                            kolom(c, Casus::inkomen, String[]::new), kolom(c, Casus::slaapplek, String[]::new),
                            kolom(c, Casus::reden, String[]::new),
                            kolom(c, x -> json.writeValueAsString(x.voorkeursregios()), String[]::new),
                            kolom(c, Casus::toestemmingOp, String[]::new),
                            kolom(c, Casus::compleetOp, String[]::new),
                            kolom(c, Casus::criteriaJaar, Integer[]::new),
                            kolom(c, x -> x.uitkomst() == null ? null : x.uitkomst().name(), String[]::new),
                            kolom(c, x -> x.stopreden() == null ? null : x.stopreden().name(), String[]::new),
                            kolom(c, Casus::bestemming, String[]::new), kolom(c, Casus::bestemmingCode, String[]::new),
                            kolom(c, Casus::gehuisvestOp, String[]::new),
                            kolom(c, Casus::uitkeringBeeindigd, Boolean[]::new),
                            kolom(c, Casus::uitkeringBeeindigdOp, String[]::new),
                            kolom(c, Casus::aangemaaktOp, String[]::new))
                    .update();
        }
    }

    /** A row of a case's history: its case number and the step. */
    public record Stap(long casus, Statusstap stap) {
    }

    public void statuswijzigingen(List<Stap> stappen) {
        for (int van = 0; van < stappen.size(); van += BLOK) {
            List<Stap> s = stappen.subList(van, Math.min(stappen.size(), van + BLOK));
            jdbc.sql("""
                    insert into vhb_statuswijziging (casus_id, van, naar, reden, actor, tijdstip)
                    select * from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                        cast(? as text[]), cast(? as timestamptz[]))""")
                    .params(kolom(s, Stap::casus, Long[]::new),
                            kolom(s, x -> x.stap().van() == null ? null : x.stap().van().name(), String[]::new),
                            kolom(s, x -> x.stap().naar().name(), String[]::new),
                            kolom(s, x -> x.stap().reden(), String[]::new), kolom(s, x -> x.stap().actor(), String[]::new),
                            kolom(s, x -> x.stap().tijdstip(), String[]::new))
                    .update();
        }
    }

    /** A row of a case's ICP-toets: its case number and the outcome. */
    public record Uitslag(long casus, Toetsing toetsing) {
    }

    public void toetsingen(List<Uitslag> uitslagen) {
        for (int van = 0; van < uitslagen.size(); van += BLOK) {
            List<Uitslag> u = uitslagen.subList(van, Math.min(uitslagen.size(), van + BLOK));
            jdbc.sql("""
                    insert into vhb_toetsing (casus_id, jaar, code, uitkomst, actor, tijdstip)
                    select * from unnest(cast(? as bigint[]), cast(? as int[]), cast(? as text[]), cast(? as text[]),
                        cast(? as text[]), cast(? as timestamptz[]))""")
                    .params(kolom(u, Uitslag::casus, Long[]::new), kolom(u, x -> x.toetsing().jaar(), Integer[]::new),
                            kolom(u, x -> x.toetsing().code(), String[]::new),
                            kolom(u, x -> x.toetsing().uitkomst().name(), String[]::new),
                            kolom(u, x -> x.toetsing().actor(), String[]::new),
                            kolom(u, x -> x.toetsing().tijdstip(), String[]::new))
                    .update();
        }
    }

    /** One column of a batch as a JDBC array value (dates and moments as ISO text, cast in SQL). */
    static <T, V> Object[] kolom(List<T> rijen, Function<T, V> waarde, IntFunction<Object[]> maak) {
        Object[] a = maak.apply(rijen.size());
        List<Object> l = new ArrayList<>(rijen.size());
        for (T r : rijen) {
            Object v = waarde.apply(r);
            if (v instanceof LocalDate || v instanceof OffsetDateTime) {
                v = v.toString();
            }
            l.add(v);
        }
        return l.toArray(a);
    }
}
