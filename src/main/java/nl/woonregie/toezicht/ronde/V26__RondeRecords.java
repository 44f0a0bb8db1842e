package nl.woonregie.toezicht.ronde;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.woonregie.toezicht.regels.Periode;
import nl.woonregie.toezicht.regels.Regelversie;
import nl.woonregie.toezicht.regels.Trede;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import nl.woonregie.toezicht.BeoordelingRecord;
import nl.woonregie.toezicht.DossierRecord;

/**
 * Flyway migration 26: the stored rounds switch from the what-if API's answer to their own typed records (schema
 * version 1, see {@link RondeGemeente}). Every row of {@code ronde_gemeente} is converted in place, in the
 * migration's transaction: the outcome ({@code uitkomst}, was the what-if DTO) to a {@link BeoordelingRecord}, the
 * input ({@code invoer}, was a what-if request plus the steps made final) to a {@link DossierRecord}; the findings
 * keep their shape. Nothing is recomputed: every value comes from the stored row. The one field the old answer
 * lacked, the motivation of a GS decision that took effect, is taken from the decision in the stored input (the
 * engine applies a decision exactly when its peildatum and step match the move). Rows of vastgestelde rounds are
 * immutable by trigger; the trigger is switched off for this conversion only. Stored letters are not touched.
 *
 * <p>A Spring bean: Spring Boot hands every Java migration bean to Flyway.
 */
@Component
class V26__RondeRecords extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V26__RondeRecords.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table ronde_gemeente add column schema_versie smallint");
            s.execute("alter table ronde_gemeente disable trigger ronde_gemeente_onveranderlijk");
        }
        int aantal = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select ronde_id, gemeente_code, uitkomst::text, invoer::text "
                        + "from ronde_gemeente");
                PreparedStatement update = c.prepareStatement("update ronde_gemeente set uitkomst = cast(? as jsonb), "
                        + "invoer = cast(? as jsonb), schema_versie = 1 where ronde_id = ? and gemeente_code = ?")) {
            while (rs.next()) {
                Omgezet o = zetOm(rs.getString(3), rs.getString(4));
                update.setString(1, o.uitkomst());
                update.setString(2, o.invoer());
                update.setLong(3, rs.getLong(1));
                update.setString(4, rs.getString(2));
                update.addBatch();
                aantal++;
            }
            update.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter table ronde_gemeente enable trigger ronde_gemeente_onveranderlijk");
            s.execute("alter table ronde_gemeente alter column schema_versie set not null");
            s.execute("alter table ronde_gemeente add constraint ronde_gemeente_schema_versie check (schema_versie >= 1)");
        }
        log.info("Beoordelingsrondes: {} gemeenten omgezet naar getypeerde records (schemaversie 1)", aantal);
    }

    /** The converted JSON of one row (either may be null, as before). */
    record Omgezet(String uitkomst, String invoer) {
    }

    /** Converts one stored row from the old format (what-if answer and request) to schema version 1. */
    static Omgezet zetOm(String uitkomstOud, String invoerOud) {
        DossierRecord invoer = invoerOud == null ? null : dossier(RondeOpslag.JSON.readTree(invoerOud));
        BeoordelingRecord uitkomst = uitkomstOud == null ? null
                : beoordeling(RondeOpslag.JSON.readTree(uitkomstOud), invoer);
        return new Omgezet(uitkomst == null ? null : RondeOpslag.JSON.writeValueAsString(uitkomst),
                invoer == null ? null : RondeOpslag.JSON.writeValueAsString(invoer));
    }

    static BeoordelingRecord beoordeling(JsonNode u, DossierRecord invoer) {
        LocalDate peildatum = LocalDate.parse(u.get("peildatum").asString());
        Periode periode = Periode.of(u.get("periode").asString());
        BeoordelingRecord.Conclusie conclusie = BeoordelingRecord.Conclusie.valueOf(u.get("conclusie").asString());
        if ("TUSSENTIJDS".equals(u.get("soort").asString())) {
            return new BeoordelingRecord.Tussentijds(peildatum, periode, u.get("taakstelling").asLong(),
                    u.get("saldoIn").asLong(), u.get("additioneleOpgave").asLong(), u.get("opgave").asLong(),
                    u.get("minimaal").asLong(), decimaal(u.get("drempelOpSchema")), u.get("gehuisvest").asLong(),
                    u.get("opSchema").asBoolean(), u.get("nogTeHuisvesten").asLong(), geheel(u.get("koppelingen")),
                    waarOnwaar(u.get("koppelingenVoldoende")), procent(u.get("percentageVanOpgave")),
                    trede(u.get("tredeVoor")), trede(u.get("tredeNa")), conclusie, trede(u.get("voorgesteldeTrede")),
                    u.get("besluitVereist").asBoolean(), motivering(u.get("motivering")));
        }
        Trede tredeNa = trede(u.get("tredeNa"));
        JsonNode v = u.get("volgendePeriode");
        return new BeoordelingRecord.Eindoordeel(peildatum, periode, u.get("taakstelling").asLong(),
                u.get("saldoIn").asLong(), u.get("additioneleOpgave").asLong(), u.get("opgave").asLong(),
                u.get("gehuisvestCoa").asLong(), u.get("huurcontracten").asLong(),
                u.get("huurcontractenMeegeteld").asLong(), geheel(u.get("gehuisvestCoaDefinitief")),
                u.get("gerealiseerd").asBoolean(), decimaal(u.get("drempelNietStijgen")),
                waarOnwaar(u.get("drempelGehaald")), waarOnwaar(u.get("koppelingenVoldoende")),
                // omkoppelingenGemeld and omkoppelingenTellenMee came with schema version 2: V33 fills them
                u.get("omkoppelingen").asBoolean(), 0, true, u.get("stapelgemeente").asBoolean(),
                tekst(u.get("verschoonbareReden")), procent(u.get("percentageVanOpgave")), trede(u.get("tredeVoor")),
                tredeNa, conclusie, trede(u.get("voorgesteldeTrede")), u.get("besluitVereist").asBoolean(),
                besluitMotivering(invoer, peildatum, tredeNa, conclusie), u.get("saldoUit").asLong(),
                v == null || v.isNull() ? null : new BeoordelingRecord.VolgendePeriode(
                        Periode.of(v.get("periode").asString()), v.get("taakstelling").asLong(),
                        v.get("saldoIn").asLong(), v.get("opgave").asLong(), v.get("minimaal").asLong()),
                motivering(u.get("motivering")));
    }

    /** The motivation of the decision the engine applied: a move to the next step on the decision's peildatum. */
    private static String besluitMotivering(DossierRecord invoer, LocalDate peildatum, Trede tredeNa,
            BeoordelingRecord.Conclusie conclusie) {
        if (invoer == null || conclusie != BeoordelingRecord.Conclusie.VOLGENDE_FASE) {
            return null;
        }
        return invoer.besluiten().stream()
                .filter(b -> b.peildatum().equals(peildatum) && b.trede().equals(tredeNa))
                .map(DossierRecord.Besluit::motivering).findFirst().orElse(null);
    }

    static DossierRecord dossier(JsonNode invoer) {
        JsonNode v = invoer.get("verzoek");
        List<DossierRecord.PeriodeCijfers> perioden = new ArrayList<>();
        for (JsonNode p : v.get("perioden")) {
            JsonNode t = p.get("tussenstand");
            JsonNode e = p.get("eindstand");
            perioden.add(new DossierRecord.PeriodeCijfers(Periode.of(p.get("periode").asString()),
                    p.get("taakstelling").asLong(), geheel(p.get("saldoIn")), lang(p.get("additioneleOpgave")),
                    t == null || t.isNull() ? null : new DossierRecord.Tussenstand(t.get("gehuisvest").asLong(),
                            geheel(t.get("koppelingen")), waarOnwaar(t.get("koppelingenVoldoende"))),
                    e == null || e.isNull() ? null : new DossierRecord.Eindstand(e.get("gehuisvestCoa").asLong(),
                            lang(e.get("huurcontracten")), geheel(e.get("gehuisvestCoaDefinitief")),
                            lang(e.get("omkoppelingen")), (int) lang(e.get("stapelgemeenteMaanden")),
                            Boolean.TRUE.equals(waarOnwaar(e.get("stapelgemeenteLaatsteMaand"))),
                            tekst(e.get("verschoonbareReden")))));
        }
        List<DossierRecord.Besluit> besluiten = new ArrayList<>();
        JsonNode b = v.get("besluiten");
        if (b != null && !b.isNull()) {
            for (JsonNode x : b) {
                besluiten.add(new DossierRecord.Besluit(LocalDate.parse(x.get("peildatum").asString()),
                        new Trede(x.get("trede").asString()), tekst(x.get("motivering"))));
            }
        }
        Map<LocalDate, Trede> vastgesteld = new TreeMap<>();
        JsonNode treden = invoer.get("vastgesteldeTreden");
        if (treden != null && !treden.isNull()) {
            treden.properties().forEach(x -> vastgesteld.put(LocalDate.parse(x.getKey()),
                    new Trede(x.getValue().asString())));
        }
        // the rows of then were computed with the first rules (V65 records that for every row)
        return new DossierRecord(v.get("beleidskader").asString(),
                Regelversie.DREMPEL_ZONDER_HUURCONTRACTEN.nummer(), v.get("gemeente").asString(),
                new Trede(v.get("startTrede").asString()), perioden, besluiten, vastgesteld);
    }

    private static List<BeoordelingRecord.Motivering> motivering(JsonNode m) {
        List<BeoordelingRecord.Motivering> lijst = new ArrayList<>();
        m.forEach(x -> lijst.add(new BeoordelingRecord.Motivering(x.get("regel").asString(),
                x.get("tekst").asString())));
        return lijst;
    }

    private static boolean leeg(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    private static Trede trede(JsonNode n) {
        return leeg(n) ? null : new Trede(n.asString());
    }

    private static Long geheel(JsonNode n) {
        return leeg(n) ? null : n.asLong();
    }

    private static long lang(JsonNode n) {
        return leeg(n) ? 0 : n.asLong();
    }

    private static Integer procent(JsonNode n) {
        return leeg(n) ? null : n.asInt();
    }

    private static Boolean waarOnwaar(JsonNode n) {
        return leeg(n) ? null : n.asBoolean();
    }

    private static String tekst(JsonNode n) {
        return leeg(n) ? null : n.asString();
    }

    private static BigDecimal decimaal(JsonNode n) {
        return leeg(n) ? null : n.decimalValue();
    }
}
