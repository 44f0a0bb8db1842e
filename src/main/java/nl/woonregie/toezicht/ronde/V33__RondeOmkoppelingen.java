package nl.woonregie.toezicht.ronde;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import nl.woonregie.toezicht.regels.NlFormaat;
import nl.woonregie.toezicht.regels.Periode;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Flyway migration 33: stored rounds go from schema version 1 to 2. An eindoordeel ({@code uitkomst} of soort
 * EINDOORDEEL) now says what happened with the omkoppelingen, not only whether they counted: it gains
 * {@code omkoppelingenGemeld} (what COA reported for the judged period) and {@code omkoppelingenTellenMee} (false in
 * a period whose beleidskader does not count them, such as Zuid-Holland's 2021-II). Both come from the stored row:
 * the reported number from the stored engine input ({@code invoer}, the judged period's end standing), whether they
 * counted from the stored motivering (the engine wrote "(3) omkoppelingen: tellen in deze periode niet mee" exactly
 * then). Where omkoppelingen were reported but did not count, the two sentences of the motivering that said "none"
 * are reworded as the engine now words them (R6 question 3, R11); every figure, step and conclusion stays as it was.
 * Rows of vastgestelde rounds are immutable by trigger; the trigger is switched off for this conversion only. Stored
 * letters are not touched.
 *
 * <p>A Spring bean: Spring Boot hands every Java migration bean to Flyway.
 */
@Component
class V33__RondeOmkoppelingen extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V33__RondeOmkoppelingen.class);

    /** What the engine wrote in the R6 motivering when omkoppelingen did not count in the period. */
    static final String TELLEN_NIET_MEE = "(3) omkoppelingen: tellen in deze periode niet mee";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("alter table ronde_gemeente disable trigger ronde_gemeente_onveranderlijk");
        }
        int aantal = 0;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select ronde_id, gemeente_code, uitkomst::text, invoer::text "
                        + "from ronde_gemeente where schema_versie = 1");
                PreparedStatement update = c.prepareStatement("update ronde_gemeente set uitkomst = cast(? as jsonb), "
                        + "schema_versie = 2 where ronde_id = ? and gemeente_code = ?")) {
            while (rs.next()) {
                update.setString(1, zetOm(rs.getString(3), rs.getString(4)));
                update.setLong(2, rs.getLong(1));
                update.setString(3, rs.getString(2));
                update.addBatch();
                aantal++;
            }
            update.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("alter table ronde_gemeente enable trigger ronde_gemeente_onveranderlijk");
        }
        log.info("Beoordelingsrondes: {} gemeenten naar schemaversie 2 (gemelde omkoppelingen)", aantal);
    }

    /** The outcome of one stored row in schema version 2 (null stays null; a tussentijdse toets is unchanged). */
    static String zetOm(String uitkomst, String invoer) {
        if (uitkomst == null) {
            return null;
        }
        ObjectNode u = (ObjectNode) RondeOpslag.JSON.readTree(uitkomst);
        if (!"EINDOORDEEL".equals(u.get("soort").asString())) {
            return uitkomst;
        }
        Periode periode = Periode.of(u.get("periode").asString());
        long gemeld = gemeld(invoer == null ? null : RondeOpslag.JSON.readTree(invoer), periode);
        boolean tellenMee = true;
        for (JsonNode m : u.get("motivering")) {
            if ("R6".equals(m.get("regel").asString()) && m.get("tekst").asString().contains(TELLEN_NIET_MEE)) {
                tellenMee = false;
            }
        }
        u.put("omkoppelingenGemeld", gemeld);
        u.put("omkoppelingenTellenMee", tellenMee);
        if (!tellenMee && gemeld > 0) {
            String aantal = NlFormaat.getal(gemeld);
            for (JsonNode m : u.get("motivering")) {
                ObjectNode regel = (ObjectNode) m;
                String tekst = regel.get("tekst").asString();
                switch (regel.get("regel").asString()) {
                    case "R6" -> regel.put("tekst", tekst.replace(TELLEN_NIET_MEE, "(3) omkoppelingen: " + aantal
                            + " gemeld, maar omkoppelingen tellen in deze periode niet mee (zo is voor de "
                            + periode.omschrijving() + " besloten bij de drempel 'niet stijgen')"));
                    case "R11" -> regel.put("tekst", tekst.replace(" niet voldoende, er waren geen omkoppelingen en ",
                            " niet voldoende, de " + aantal + " gemelde omkoppelingen tellen in deze periode niet mee "
                                    + "en "));
                    default -> {
                    }
                }
            }
        }
        return RondeOpslag.JSON.writeValueAsString(u);
    }

    /** The omkoppelingen of the judged period's end standing in the stored input (0 when it has none). */
    private static long gemeld(JsonNode invoer, Periode periode) {
        if (invoer == null) {
            return 0;
        }
        for (JsonNode p : invoer.get("perioden")) {
            JsonNode e = p.get("eindstand");
            if (periode.code().equals(p.get("periode").asString()) && e != null && !e.isNull()) {
                return e.get("omkoppelingen").asLong();
            }
        }
        return 0;
    }
}
